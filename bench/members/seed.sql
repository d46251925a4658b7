-- A committee of 5,000 members with a year of 500,000 duty records (issue 12's benchmark), added to
-- the demo's 通川区政协. Accounts are not needed by the rankings, the Excel or the recomputation:
-- the member's name is on the profile. Tallies are rebuilt from the records as the application keeps them.
\set members 5000
\set records 500000
create temporary table bench_committee as
  select id, region_code from organization where name = '通川区政协';
create temporary table bench_sector as
  select id, row_number() over (order by id) - 1 as n from member_sector where committee_id = (select id from bench_committee);

insert into member_profile (account_id, committee_id, committee_region_code, name, term, term_start_year, term_end_year,
                            sector_id, position, work_unit, expertise)
select 800000000 + i, c.id, c.region_code, '委员' || lpad(i::text, 5, '0'), '第九届', 2022, 2027,
       (select id from bench_sector where n = i % (select count(*) from bench_sector)), 'ORDINARY', '达州市某单位', '{}'
from generate_series(1, :members) i, bench_committee c;

create temporary table bench_member as
  select id, row_number() over (order by id) - 1 as n from member_profile
  where committee_id = (select id from bench_committee) and account_id >= 800000000;

-- Activities with their default points (application.properties), spread over this year up to today:
-- each member gets a hundred records, ten of each activity.
create temporary table bench_activity (n int, activity varchar(30), points int);
insert into bench_activity values (0, 'CONSULTATION_ATTENDED', 5), (1, 'CONSULTATION_SPOKE', 3), (2, 'TOPIC_RECOMMENDED', 2),
  (3, 'STATION_SHIFT', 4), (4, 'RECEPTION', 2), (5, 'GRID_VISIT', 2), (6, 'FOLLOW_UP', 3), (7, 'REPLY_RATED', 1),
  (8, 'DELIBERATION_JOINED', 2), (9, 'RESEARCH_COMPLETED', 5);

insert into member_duty_record (member_id, committee_id, activity, occurred_on, year, source_key, title, status, points)
select m.id, (select id from bench_committee), a.activity,
       d.day, extract(year from d.day)::int, 'bench:' || r, '履职记录 ' || r, 'COUNTED', a.points
from generate_series(1, :records) r
join bench_member m on m.n = (r::bigint * 7919) % :members
join bench_activity a on a.n = (r / :members) % 10
cross join lateral (select date_trunc('year', current_date)::date
                           + ((r * 13) % greatest(1, current_date - date_trunc('year', current_date)::date + 1))::int as day) d;

delete from member_duty_tally where committee_id = (select id from bench_committee);
insert into member_duty_tally (member_id, committee_id, year, activity, records, points)
select member_id, committee_id, year, activity, count(*), sum(points)
from member_duty_record where status = 'COUNTED' and committee_id = (select id from bench_committee)
group by member_id, committee_id, year, activity;
analyze member_profile; analyze member_duty_record; analyze member_duty_tally;
select count(*) as members from member_profile where committee_id = (select id from bench_committee);
select count(*) as duty_records from member_duty_record where committee_id = (select id from bench_committee);
