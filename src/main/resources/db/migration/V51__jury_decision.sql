-- The jury's decision of a cycle: the statement, the tally as it stood when the decision was finalized (JSON, for
-- the record), who finalized it and when, whether the result was announced; and the awardees.
create table jury_decision (
    cycle_id        bigint        not null primary key references award_cycle (id),
    statement       varchar(8000) not null,
    tally_snapshot  varchar(100000) not null,
    decided_by      varchar(80)   not null,
    decided_at      timestamp with time zone not null,
    announced_at    timestamp with time zone
);

create table jury_awardee (
    cycle_id        bigint        not null references jury_decision (cycle_id),
    nomination_id   bigint        not null references nomination (id),
    constraint pk_jury_awardee primary key (cycle_id, nomination_id)
);
