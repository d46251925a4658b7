-- Where a topic recommended by a member came from, as the module that made it tells it (a station's
-- reception record, a grid visit), with the path back to it: shown to screeners next to the topic.
create table topic_origin (
    topic_id     bigint        primary key references topic (id),
    description  varchar(200)  not null,
    link         varchar(300)  not null
);
