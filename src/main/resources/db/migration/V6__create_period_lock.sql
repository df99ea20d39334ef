-- A (period, area) an approver has closed: its targets and achievements no longer change.
-- History keeps who locked and unlocked it, and when (period_lock_aud, as in V5).
-- The unique key leads with the area: writes read the locks of their areas (PeriodLocks).
create table period_lock (
    id           uuid          primary key,
    period       varchar(9)    not null,
    period_start date          not null,
    period_end   date          not null,
    area         varchar(5)    not null,
    note         varchar(2000),
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null,
    updated_by   varchar(200)  not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint period_lock_one_per_period_area unique (area, period),
    constraint period_lock_ordered check (period_start <= period_end)
);

create table period_lock_aud (
    id           uuid          not null,
    rev          bigint        not null references revision (id),
    revtype      smallint      not null,
    period       varchar(9),
    period_start date,
    period_end   date,
    area         varchar(5),
    note         varchar(2000),
    created_by   varchar(200),
    created_at   timestamptz,
    updated_by   varchar(200),
    updated_at   timestamptz,
    version      bigint,
    primary key (id, rev)
);
