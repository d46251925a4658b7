-- The dashboard at city scale (issue 15 §2): on top of the demo data, a year of records across 达州's
-- communities, written straight into the records the roll-ups come from, after which the roll-ups are
-- emptied so that the application counts them again from the records at its next start
-- (TopicRollupProvision, OutcomeRollupProvision):
--   - 100,000 topics: every source, field, status and decline reason, submitted over the last 12 months;
--   - 50,000 recommendations transferred to the departments, with their history, replies (graded
--     A/B/C, 85% of them by the deadline) and rating rounds, a fifth still being handled;
--   - 10,000 consultations' evaluations, written into the quality roll-up itself (quality_rollup: the
--     quality module keeps no recount; every concluded consultation is one evaluation there).
\set ON_ERROR_STOP on
begin;

create temporary table bench_place as
select r.code, row_number() over (order by r.code) - 1 as n from region r where r.level in ('DISTRICT', 'TOWNSHIP', 'COMMUNITY') and r.active;
create temporary table bench_department as
select o.id, row_number() over (order by o.id) - 1 as n from organization o where o.type = 'DEPARTMENT';

insert into topic (title, description, category, region_code, source, channel, status, submitted_by, held,
                   decline_reason, screened_at, submitted_at, updated_at)
select '驾驶舱压测议题' || g, '压测用的议题描述：小区环境、停车、养老和教育方面的问题，需要协商解决。' || g,
       (array['ECONOMY','POLITICS','CULTURE','SOCIETY','ECOLOGY'])[1 + g % 5],
       (select code from bench_place where n = g % (select count(*) from bench_place)),
       (array['PUBLIC','PUBLIC','PUBLIC','MEMBER','PARTY_GOV','GRASSROOTS','EMERGENCY'])[1 + g % 7],
       (array['ONLINE','OFFLINE'])[1 + g % 2],
       s.status, (select min(id) from account), false,
       case s.status when 'DECLINED' then (array['LEGAL_LITIGATION','PETITION','NOT_REPRESENTATIVE','EXPLICIT_POLICY',
            'OUT_OF_SCOPE','PERSONAL','VAGUE','INAPPROPRIATE'])[1 + g % 8] when 'MERGED' then 'DUPLICATE' end,
       case when s.status <> 'SUBMITTED' then now() - (g % 365) * interval '1 day' + interval '3 days' end,
       now() - (g % 365) * interval '1 day' - (g % 24) * interval '1 hour',
       now() - (g % 365) * interval '1 day'
from generate_series(1, 100000) g
cross join lateral (select (array['SUBMITTED','ACCEPTED','ACCEPTED','DECLINED','MERGED','PLANNED','IN_CONSULTATION',
        'CONSULTED','CONSULTED','DECLINED'])[1 + (g / 7) % 10] as status) s;

insert into outcome_recommendation (text, source, region_code, is_public, status, lead_organization_id, transferred_on,
                                    working_days, due_on, sign_due_on, accepted_at, result, created_at, updated_at)
select '驾驶舱压测建议' || g, 'STAFF', (select code from bench_place where n = g % (select count(*) from bench_place)), true,
       case when g % 5 = 0 then (array['TRANSFERRED','ACCEPTED','IN_PROGRESS','EXTENDED'])[1 + g % 4]
            when g % 5 = 1 then 'REPLIED' when g % 5 = 2 then 'RATED' else 'CLOSED' end,
       (select id from bench_department where n = g % (select count(*) from bench_department)),
       d.transferred_on, 15, d.transferred_on + 21, d.transferred_on + 5, d.transferred_on + interval '2 days',
       case when g % 5 in (2, 3, 4) then (array['SATISFIED','SATISFIED','BASICALLY_SATISFIED','UNSATISFIED','NOT_RATED'])[1 + g % 5] end,
       d.transferred_on - 7, d.transferred_on + 30
from generate_series(1, 50000) g
cross join lateral (select cast(now() - (g % 365) * interval '1 day' as date) as transferred_on) d;

create temporary table bench_recommendation as
select id, row_number() over (order by id) as g, status, transferred_on, due_on, lead_organization_id, result
from outcome_recommendation where text like '驾驶舱压测建议%';

insert into outcome_transition (recommendation_id, from_status, to_status, at, handling_round)
select id, 'SIGNED_OFF', 'TRANSFERRED', transferred_on + time '09:00', 1 from bench_recommendation;
insert into outcome_reply (recommendation_id, handling_round, organization_id, grade, text, author_id, at)
select id, 1, lead_organization_id, (array['A','A','B','C'])[1 + g % 4], '压测答复',
       (select min(id) from account),
       case when g % 20 < 17 then due_on - 3 else due_on + 4 end + time '15:00'
from bench_recommendation where status in ('REPLIED', 'RATED', 'CLOSED');
insert into outcome_rating_result (recommendation_id, handling_round, result, satisfied, basically, unsatisfied, closed_at)
select id, 1, result, 3, 1, 0, due_on + 20 + time '18:00' from bench_recommendation where result is not null;

-- 10,000 evaluations of concluded consultations, a year across the districts, in the quality roll-up.
insert into quality_rollup as r (year, district_code, organization_id, kind, form, evaluations, scored, score_sum,
                                 excellent, good, fair, poor)
select year, district, organization, kind, form, count(*), count(*), sum(score),
       count(*) filter (where score >= 90), count(*) filter (where score between 80 and 89),
       count(*) filter (where score between 70 and 79), count(*) filter (where score < 70)
from (select extract(year from now())::int as year, left(p.code, 6) as district, o.id as organization,
             (array['CPPCC_MICRO','GRASSROOTS','JOINT'])[1 + g % 3] as kind, (array['OFFLINE','ONLINE','HYBRID'])[1 + (g / 3) % 3] as form,
             60 + g % 40 as score
      from generate_series(1, 10000) g
      join bench_place p on p.n = g % (select count(*) from bench_place)
      cross join (select min(id) as id from organization where type = 'CPPCC') o) e
group by 1, 2, 3, 4, 5
on conflict (year, district_code, organization_id, kind, form) do update set
    evaluations = r.evaluations + excluded.evaluations, scored = r.scored + excluded.scored,
    score_sum = r.score_sum + excluded.score_sum, excellent = r.excellent + excluded.excellent, good = r.good + excluded.good,
    fair = r.fair + excluded.fair, poor = r.poor + excluded.poor;

-- Counted again from the records at the next start.
truncate topic_rollup, outcome_rollup, outcome_open_rollup;
commit;
analyze;
select (select count(*) from topic) as topics, (select sum(evaluations) from quality_rollup) as evaluations,
       (select count(*) from outcome_recommendation) as recommendations, (select count(*) from outcome_reply) as replies;
