-- pgbench: what "get one indicator" needs, by primary key.
\set i random(1, 200)
select * from indicator where code = 'BENCH_' || lpad(:i::text, 4, '0');
