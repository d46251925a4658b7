package org.gongshang.consultation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stand-in for the topic module until it lands: topics this module was told about (demo data,
 * or any id first used by a consultation) in its own table. A topic in it is consultable while
 * ACCEPTED or PLANNED; an id never seen is taken as an accepted topic by reference, since nothing
 * here can check it.
 */
@Component
class LocalTopicCatalog implements TopicCatalog {

    private final JdbcClient jdbc;

    LocalTopicCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(long topicId, String title, String regionCode, String status) {
        jdbc.sql("""
                insert into consultation_topic_ref (topic_id, title, region_code, status) values (:id, :title, :region, :status)
                on conflict (topic_id) do update set title = excluded.title, region_code = excluded.region_code, status = excluded.status""")
                .param("id", topicId).param("title", title).param("region", regionCode).param("status", status).update();
    }

    @Override
    public List<TopicRef> describe(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        Map<Long, TopicRef> known = new LinkedHashMap<>();
        jdbc.sql("select topic_id, title, region_code from consultation_topic_ref where topic_id = any(:ids)")
                .param("ids", topicIds.toArray(Long[]::new))
                .query((rs, n) -> new TopicRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list()
                .forEach(ref -> known.put(ref.id(), ref));
        return topicIds.stream().map(id -> known.getOrDefault(id, new TopicRef(id, "#" + id, ""))).toList();
    }

    @Override
    public void requireConsultable(Collection<Long> topicIds, Actor actor) {
        for (long id : topicIds) {
            if (id <= 0) {
                throw DomainException.invalidField("topicIds", "consultation.topics.unknown", id);
            }
            String status = jdbc.sql("select status from consultation_topic_ref where topic_id = :id").param("id", id)
                    .query(String.class).optional().orElse("ACCEPTED");
            if (!status.equals("ACCEPTED") && !status.equals("PLANNED")) {
                throw DomainException.invalidField("topicIds", "consultation.topics.not-consultable", id);
            }
        }
    }

    @Override
    public void markConsulting(Collection<Long> topicIds) {
        setStatus(topicIds, "IN_CONSULTATION");
    }

    @Override
    public void markConsulted(Collection<Long> topicIds) {
        setStatus(topicIds, "CONSULTED");
    }

    @Override
    public @Nullable Long raise(String title, String description, String regionCode, Actor actor) {
        return null;
    }

    private void setStatus(Collection<Long> topicIds, String status) {
        for (long id : topicIds) {
            jdbc.sql("""
                    insert into consultation_topic_ref (topic_id, title, region_code, status) values (:id, :title, '', :status)
                    on conflict (topic_id) do update set status = excluded.status""")
                    .param("id", id).param("title", "#" + id).param("status", status).update();
        }
    }
}
