-- How an indicator's values combine over time (docs/design.md, "Outlook"): SUM for flows (the new
-- jobs created in a year), LAST for levels (a rate, the participants at year end). Every indicator
-- was read as a level before, so existing rows, and their versions in history, are LAST.
alter table indicator add column aggregation varchar(8) not null default 'LAST'
    constraint indicator_aggregation_known check (aggregation in ('SUM', 'LAST'));

-- History tables are written by hand (V5). The default fills the versions kept so far, and the
-- versions that pods of the previous release write during a rolling update, which know no column.
alter table indicator_aud add column aggregation varchar(8) default 'LAST';
