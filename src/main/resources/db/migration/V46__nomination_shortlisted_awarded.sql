-- A nomination can be shortlisted and awarded (issue 6).
alter table nomination drop constraint ck_nomination_status;
alter table nomination add constraint ck_nomination_status
    check (status in ('NOMINATED', 'ELIGIBLE', 'INELIGIBLE', 'SHORTLISTED', 'AWARDED'));
