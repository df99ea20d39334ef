create table achievement (
    id              uuid          primary key,
    indicator_code  varchar(64)   not null references indicator (code),
    period          varchar(9)    not null,
    period_start    date          not null,
    period_end      date          not null,
    area            varchar(5)    not null,
    value           numeric       not null,
    status          varchar(16)   not null check (status in ('ESTIMATED', 'PRELIMINARY', 'OFFICIAL')),
    reported_on     date          not null,
    source          varchar(500),
    note            varchar(2000),
    constraint achievement_one_per_indicator_period_area unique (indicator_code, period, area)
);

create index achievement_period_area_idx on achievement (period, area);
create index achievement_area_start_idx on achievement (area, period_start);
create index achievement_start_idx on achievement (period_start, period_end);
create index achievement_status_idx on achievement (status);
