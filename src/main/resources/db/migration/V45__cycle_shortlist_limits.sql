-- Limits of the shortlist and the award (issue 6): the most shortlisted cities per country, the lowest
-- overall expert score to be shortlisted, and the most awardees of a cycle. Existing cycles get the defaults.
alter table award_cycle add column shortlist_per_country int default 2 not null;
alter table award_cycle add column minimum_score numeric(3, 2) default 3.00 not null;
alter table award_cycle add column max_awardees int default 10 not null;
