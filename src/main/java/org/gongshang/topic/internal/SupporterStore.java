package org.gongshang.topic.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supporters of topics: the submitter first, then co-signers (附议), each once. */
@Repository
public class SupporterStore {

    private final JdbcClient jdbc;

    SupporterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the supporter unless already there; says whether they were added. */
    public boolean add(long topicId, long accountId, @Nullable String communityCode) {
        return jdbc.sql("""
                insert into topic_supporter (topic_id, account_id, community_code) values (:topic, :account, :community)
                on conflict do nothing""")
                .param("topic", topicId).param("account", accountId).param("community", communityCode).update() > 0;
    }

    public boolean remove(long topicId, long accountId) {
        return jdbc.sql("delete from topic_supporter where topic_id = :topic and account_id = :account")
                .param("topic", topicId).param("account", accountId).update() > 0;
    }

    public boolean isSupporter(long topicId, long accountId) {
        return jdbc.sql("select exists (select 1 from topic_supporter where topic_id = :topic and account_id = :account)")
                .param("topic", topicId).param("account", accountId).query(Boolean.class).single();
    }

    /** Account ids, in the order they signed. */
    public List<Long> of(long topicId) {
        return jdbc.sql("select account_id from topic_supporter where topic_id = :topic order by signed_at, account_id")
                .param("topic", topicId).query(Long.class).list();
    }

    public int count(long topicId) {
        return jdbc.sql("select count(*) from topic_supporter where topic_id = :topic").param("topic", topicId)
                .query(Integer.class).single();
    }

    /** Copies a merged topic's supporters to the survivor; those already there stay as they were. */
    public void copy(long fromTopicId, long toTopicId) {
        jdbc.sql("""
                insert into topic_supporter (topic_id, account_id, community_code, signed_at)
                select :to, account_id, community_code, signed_at from topic_supporter where topic_id = :from
                on conflict do nothing""")
                .param("from", fromTopicId).param("to", toTopicId).update();
    }
}
