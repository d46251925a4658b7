-- A city-sized database from the demo data: its rows copied many times with new ids, titles and
-- dates (100,000 topics, 10,000 consultations, 50,000 recommendations, 200,000 accounts). Copies
-- keep the demo's regions, statuses and texts, so every page has realistic rows to show.
\set ON_ERROR_STOP on
begin;

-- 200,000 residents (no phone or ID number: those are encrypted by the application).
insert into account (username, password_hash, real_name, residence_region_code, real_name_verified, created_at)
select 'city-' || g, (select password_hash from account order by id limit 1), '居民' || g,
       (array['511702001001','511702001002','511702002001','511703001001'])[1 + g % 4], true,
       now() - (g % 1000) * interval '1 hour'
from generate_series(1, 200000 - (select count(*) from account)) g;
insert into role_grant (account_id, role) select id, 'RESIDENT' from account where username like 'city-%';

-- 100,000 topics: the demo's topics again and again, each copy a little older.
insert into topic (title, description, category, region_code, source, channel, status, submitted_by, held,
                   decline_reason, decision_note, screened_by, screened_at, routed_level, routed_organization_id,
                   search_vector, submitted_at, updated_at)
select left(t.title, 50) || '（' || g || '）', t.description, t.category, t.region_code, t.source, t.channel, t.status,
       t.submitted_by, t.held, t.decline_reason, t.decision_note, t.screened_by, t.screened_at, t.routed_level,
       t.routed_organization_id, t.search_vector, t.submitted_at - g * interval '7 minutes', t.updated_at - g * interval '7 minutes'
from generate_series(1, 100000) g
cross join (select * from topic where merged_into is null and campaign_id is null) t
limit 100000 - (select count(*) from topic);

-- 10,000 consultations, copies of the demo's (without their rosters, turns and minutes).
insert into consultation (title, kind, form, venue_type, address, starts_at, organization_id, region_code,
                          facilitator_account_id, open_to_public, status, status_reason, check_in_code, scheduled_at,
                          started_at, concluded_at, created_by, created_at)
select left(c.title, 100) || '（' || g || '）', c.kind, c.form, c.venue_type, c.address, c.starts_at - g * interval '1 day',
       c.organization_id, c.region_code, c.facilitator_account_id, c.open_to_public, c.status, c.status_reason,
       md5(random()::text), c.scheduled_at, c.started_at, c.concluded_at, c.created_by, c.created_at - g * interval '1 day'
from generate_series(1, 10000) g cross join consultation c
limit 10000 - (select count(*) from consultation);

-- 50,000 recommendations, copies of the demo's.
insert into outcome_recommendation (text, source, consultation_id, topic_id, region_code, is_public, status,
                                    lead_organization_id, transferred_on, working_days, due_on, sign_due_on, dispute_due_on,
                                    co_opinion_due_on, accepted_at, deadline_round, rehandling_rounds, rating_closes_on, result,
                                    escalation, progress_percent, signed_off_by, signed_off_at, created_by, created_at,
                                    updated_at, closed_at)
select r.text || '（' || g || '）', r.source, r.consultation_id, r.topic_id, r.region_code, r.is_public, r.status,
       r.lead_organization_id, r.transferred_on, r.working_days, r.due_on, r.sign_due_on, r.dispute_due_on,
       r.co_opinion_due_on, r.accepted_at, r.deadline_round, r.rehandling_rounds, r.rating_closes_on, r.result,
       r.escalation, r.progress_percent, r.signed_off_by, r.signed_off_at, r.created_by, r.created_at - g * interval '1 hour',
       r.updated_at - g * interval '1 hour', r.closed_at
from generate_series(1, 50000) g cross join outcome_recommendation r
limit 50000 - (select count(*) from outcome_recommendation);

commit;
analyze;
select (select count(*) from account) as accounts, (select count(*) from topic) as topics,
       (select count(*) from consultation) as consultations, (select count(*) from outcome_recommendation) as recommendations;
