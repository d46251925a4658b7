-- Topic lists, newest first (TopicStore.list): with 100,000 topics a page sorted the whole table
-- (130 ms) and counted it (120 ms) on every view. The public list and its count read the partial index.
create index topic_submitted_idx on topic (submitted_at desc, id desc);
create index topic_public_idx on topic (submitted_at desc, id desc)
    where not held and status not in ('DECLINED', 'MERGED');
