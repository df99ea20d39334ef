create table target (
    id              uuid          primary key,
    indicator_code  varchar(64)   not null references indicator (code),
    period          varchar(9)    not null,
    period_start    date          not null,
    period_end      date          not null,
    area            varchar(5)    not null,
    value           numeric       not null,
    operator        varchar(16)   not null check (operator in ('AT_LEAST', 'AT_MOST', 'EXACTLY')),
    baseline_period varchar(9),
    baseline_value  numeric,
    basis           varchar(500),
    note            varchar(2000),
    constraint target_one_per_indicator_period_area unique (indicator_code, period, area),
    constraint target_baseline_complete check ((baseline_period is null) = (baseline_value is null))
);

-- The unique key serves filters by indicator; these serve the scorecard, area and range filters.
create index target_period_area_idx on target (period, area);
create index target_area_start_idx on target (area, period_start);
create index target_start_idx on target (period_start, period_end);
