create table indicator (
    code        varchar(64)   primary key,
    name_vi     varchar(300)  not null,
    name_en     varchar(300),
    description varchar(2000),
    sector      varchar(64)   not null,
    measure     varchar(16)   not null check (measure in ('PERCENT', 'COUNT', 'AMOUNT', 'RATIO')),
    unit        varchar(32)   not null,
    decimals    integer       not null check (decimals between 0 and 6),
    polarity    varchar(20)   not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')),
    min_value   numeric,
    max_value   numeric,
    frequency   varchar(16)   not null check (frequency in ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY')),
    active      boolean       not null default true,
    search_text text          not null,
    constraint indicator_bounds_ordered check (min_value is null or max_value is null or min_value <= max_value)
);

create index indicator_sector_idx on indicator (sector);
