-- Who created each row and who last changed it. Rows older than this migration are the system's.
alter table indicator
    add column created_by varchar(200) not null default 'system',
    add column created_at timestamptz  not null default now(),
    add column updated_by varchar(200) not null default 'system',
    add column updated_at timestamptz  not null default now();

alter table target
    add column created_by varchar(200) not null default 'system',
    add column created_at timestamptz  not null default now(),
    add column updated_by varchar(200) not null default 'system',
    add column updated_at timestamptz  not null default now();

alter table achievement
    add column created_by varchar(200) not null default 'system',
    add column created_at timestamptz  not null default now(),
    add column updated_by varchar(200) not null default 'system',
    add column updated_at timestamptz  not null default now();
