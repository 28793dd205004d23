-- An expert's overall comment on a round (round 1: the scoring's comment, round 2: the moderation's), shown to staff.
create table review_comment (
    review_id  bigint         not null references review (id),
    round      int            not null,
    body       varchar(4000)  not null,
    constraint pk_review_comment primary key (review_id, round)
);

-- Unfinished entries of a later round (the moderation's draft): they count only once submitted into review_score.
create table review_draft_score (
    review_id         bigint        not null references review (id),
    round             int           not null,
    measurement_code  varchar(20)   not null,
    score             int,
    justification     varchar(4000),
    constraint pk_review_draft_score primary key (review_id, round, measurement_code)
);
