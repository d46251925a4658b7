package org.gongshang.topic;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Topics as digests, one by one or streamed, for modules that look across many topics (common problems). */
@Service
public class TopicDigests {

    private static final String SELECT = """
            select t.id, t.title, t.description, t.region_code, t.status, t.held, t.submitted_at,
                   (select count(*) from topic_supporter s where s.topic_id = t.id) as supporters
            from topic t
            """;

    private final JdbcClient jdbc;

    TopicDigests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TopicDigest> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TopicDigest.class).optional();
    }

    /** Every topic submitted since a time, oldest first, without holding them all in memory. */
    @Transactional(readOnly = true)
    public void forEachSince(Instant since, Consumer<TopicDigest> consumer) {
        try (Stream<TopicDigest> digests = jdbc.sql(SELECT + " where t.submitted_at >= :since order by t.submitted_at, t.id")
                .param("since", since).withFetchSize(1000).query(TopicDigest.class).stream()) {
            digests.forEach(consumer);
        }
    }
}
