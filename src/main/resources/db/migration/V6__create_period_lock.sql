-- A (period, area) an approver has closed: its targets and achievements no longer change.
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
    constraint period_lock_one_per_period_area unique (area, period),
    constraint period_lock_ordered check (period_start <= period_end)
);
