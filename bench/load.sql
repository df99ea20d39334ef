-- A province-scale dataset: :indicators indicators × :years years (2011 on) × :areas areas, with a
-- target and an achievement for each. Run with psql -v indicators=200 -v years=15 -v areas=100.
insert into indicator (code, name_vi, name_en, sector, measure, unit, decimals, polarity,
                       min_value, max_value, frequency, active, search_text)
select format('BENCH_%s', lpad(i::text, 4, '0')), format('Chỉ tiêu %s', i), format('Indicator %s', i),
       format('BENCH_SECTOR_%s', i % 10), 'PERCENT', '%', 2,
       case when i % 2 = 0 then 'HIGHER_IS_BETTER' else 'LOWER_IS_BETTER' end,
       0, 100, 'ANNUAL', true, format('bench %s chi tieu %s indicator %s', i, i, i)
from generate_series(1, :indicators) i;

-- The registry must know every area a figure names: the dataset's (201 on) and those bench/write.lua
-- writes to (10000–99999). Codes the shipped registry already has stay as they are.
insert into area (code, name, search_text, kind)
select code, 'Bench ' || code, 'bench ' || code, case when length(code) = 3 then 'huyện' else 'xã' end
from (select (200 + a)::text from generate_series(1, :areas) a
      union all select g::text from generate_series(10000, 99999) g) c(code)
on conflict do nothing;

insert into target (id, indicator_code, period, period_start, period_end, area, value, operator)
select gen_random_uuid(), format('BENCH_%s', lpad(i::text, 4, '0')), y::text,
       make_date(y, 1, 1), make_date(y, 12, 31), (200 + a)::text,
       round((random() * 100)::numeric, 2),
       case when i % 2 = 0 then 'AT_LEAST' else 'AT_MOST' end
from generate_series(1, :indicators) i, generate_series(2011, 2010 + :years) y,
     generate_series(1, :areas) a;

insert into achievement (id, indicator_code, period, period_start, period_end, area, value, status,
                         reported_on)
select gen_random_uuid(), format('BENCH_%s', lpad(i::text, 4, '0')), y::text,
       make_date(y, 1, 1), make_date(y, 12, 31), (200 + a)::text,
       round((random() * 100)::numeric, 2), 'OFFICIAL', make_date(y + 1, 3, 31)
from generate_series(1, :indicators) i, generate_series(2011, 2010 + :years) y,
     generate_series(1, :areas) a;

-- The history the service would have kept for these figures (docs/design.md, "Who, when, why"):
-- each indicator's targets of a year set in one revision, its achievements of the year reported in
-- another, as an import writes them, with a version of each figure in its audit table. Without it
-- the revision table starts nearly empty, and every connection plans its check of an audit row's
-- revision (the foreign key) as a sequential scan, kept until autovacuum analyses the table:
-- docs/performance.md, "Issue 17, eighth round".
create temporary table bench_revision as
select i, y, kind, nextval(pg_get_serial_sequence('revision', 'id')) as id
from generate_series(1, :indicators) i, generate_series(2011, 2010 + :years) y,
     (values ('target'), ('achievement')) k(kind);

insert into revision (id, changed_at, changed_by, reason, source, position)
select id,
       case kind when 'target' then make_date(y - 1, 12, 15) else make_date(y + 1, 3, 31) end,
       'bench', format('Bench dataset: %s %s of BENCH_%s', y, kind, lpad(i::text, 4, '0')),
       format('import bench-%s', id),
       (select coalesce(max(position), 0) from revision) + row_number() over (order by id)
from bench_revision;

insert into target_aud (id, rev, revtype, indicator_code, period, period_start, period_end, area,
                        value, operator, baseline_period, baseline_value, basis, note, created_by,
                        created_at, updated_by, updated_at, version)
select t.id, r.id, 0, t.indicator_code, t.period, t.period_start, t.period_end, t.area, t.value,
       t.operator, t.baseline_period, t.baseline_value, t.basis, t.note, t.created_by,
       t.created_at, t.updated_by, t.updated_at, t.version
from target t
join bench_revision r on r.kind = 'target' and t.indicator_code = format('BENCH_%s', lpad(r.i::text, 4, '0'))
                     and t.period = r.y::text;

insert into achievement_aud (id, rev, revtype, indicator_code, period, period_start, period_end, area,
                             value, status, reported_on, source, note, created_by, created_at,
                             updated_by, updated_at, version)
select a.id, r.id, 0, a.indicator_code, a.period, a.period_start, a.period_end, a.area, a.value,
       a.status, a.reported_on, a.source, a.note, a.created_by, a.created_at, a.updated_by,
       a.updated_at, a.version
from achievement a
join bench_revision r on r.kind = 'achievement'
                     and a.indicator_code = format('BENCH_%s', lpad(r.i::text, 4, '0'))
                     and a.period = r.y::text;

analyze revision;
analyze target_aud;
analyze achievement_aud;
analyze area;
analyze indicator;
analyze target;
analyze achievement;
