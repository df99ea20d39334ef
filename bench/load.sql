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

analyze area;
analyze indicator;
analyze target;
analyze achievement;
