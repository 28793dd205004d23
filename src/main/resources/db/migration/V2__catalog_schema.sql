-- The Key Features of Learning Cities (Beijing, 2013): 3 areas, 12 areas of focus, 42 key features
-- and their possible measurements. Reference data, transcribed in V3.
create table catalog_area (
    code        varchar(8)   primary key,
    title       varchar(200) not null,
    sort_order  int          not null
);

create table catalog_focus (
    code        varchar(8)   primary key,
    area_code   varchar(8)   not null references catalog_area (code),
    title       varchar(200) not null,
    sort_order  int          not null
);

create table catalog_feature (
    code        varchar(8)   primary key,
    focus_code  varchar(8)   not null references catalog_focus (code),
    title       varchar(400) not null,
    sort_order  int          not null
);

-- source: OFFICIAL, SURVEY, OFFICIAL_OR_SURVEY or EXPERT_REVIEW.
-- scale: true where the measurement is judged on the 1-5 scale (5 Excellent ... 1 Poor).
create table catalog_measurement (
    code          varchar(12)   primary key,
    feature_code  varchar(8)    not null references catalog_feature (code),
    name          varchar(200)  not null,
    definition    varchar(1000) not null,
    source        varchar(20)   not null,
    unit          varchar(40),
    scale         boolean       not null default false,
    sort_order    int           not null,
    constraint ck_measurement_source check (source in ('OFFICIAL', 'SURVEY', 'OFFICIAL_OR_SURVEY', 'EXPERT_REVIEW'))
);
create index ix_measurement_source on catalog_measurement (source);

-- The breakdowns a statistic is reported by (male/female/total, schools/community learning spaces ...).
create table catalog_breakdown (
    measurement_code  varchar(12)  not null references catalog_measurement (code),
    code              varchar(40)  not null,
    label             varchar(120) not null,
    sort_order        int          not null,
    primary key (measurement_code, code)
);

-- What evidence earns each level of the 1-5 scale, per expert-review measurement. Edited by staff.
create table rubric_level (
    measurement_code  varchar(12)   not null references catalog_measurement (code),
    score_level       int           not null,
    description       varchar(2000) not null,
    updated_at        timestamp with time zone,
    updated_by        varchar(80),
    version           bigint        not null default 0,
    primary key (measurement_code, score_level),
    constraint ck_rubric_level check (score_level between 1 and 5)
);
