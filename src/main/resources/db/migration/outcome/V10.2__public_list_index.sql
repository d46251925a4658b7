-- The public list of recommendations, newest first (RecommendationStore.list): with 50,000
-- recommendations each view sorted the table (95 ms); now the first page is an index scan and the
-- count an index-only scan. The day of creation is China's (an index needs a fixed time zone).
create index outcome_recommendation_public_idx on outcome_recommendation
    ((coalesce(transferred_on, (created_at at time zone 'Asia/Shanghai')::date)) desc, id desc)
    where is_public and lead_organization_id is not null and status not in ('DRAFT', 'SIGNED_OFF');
