-- pgbench: what the scorecard needs: targets and achievements of a period and area, with their
-- indicators (the two statements the service runs).
\set a random(201, 300)
select t.*, i.* from target t join indicator i on i.code = t.indicator_code where t.period = '2020' and t.area = :a::text;
select c.*, i.* from achievement c join indicator i on i.code = c.indicator_code where c.period = '2020' and c.area = :a::text;
