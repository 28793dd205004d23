-- The jury of a cycle (issue 6). Staff may choose the jurors and the chair before the jury starts; when the jury
-- is seated (JuryProcess, Task_SeatJury) without a choice, every enabled JURY account sits and the first juror by
-- username chairs. A seated jury does not change: jury_session says when it was seated and when votes are due.
create table jury_member (
    cycle_id      bigint       not null references award_cycle (id),
    username      varchar(80)  not null,
    chair         boolean      not null default false,
    added_by      varchar(80)  not null,
    added_at      timestamp with time zone not null,
    constraint pk_jury_member primary key (cycle_id, username)
);

create table jury_session (
    cycle_id      bigint       not null primary key references award_cycle (id),
    seated_at     timestamp with time zone not null,
    due_at        timestamp with time zone not null
);
