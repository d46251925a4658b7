package org.gongshang.topic.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.PreflagRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin-editable pre-flag rules: keyword → decline reason. */
@Repository
public class RuleStore {

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PreflagRule> all() {
        return jdbc.sql("select id, keyword, reason from topic_preflag_rule order by reason, keyword")
                .query((rs, row) -> new PreflagRule(rs.getLong("id"), rs.getString("keyword"),
                        DeclineReason.valueOf(rs.getString("reason"))))
                .list();
    }

    public Optional<PreflagRule> find(long id) {
        return all().stream().filter(rule -> rule.id() == id).findFirst();
    }

    public boolean exists(String keyword, DeclineReason reason) {
        return jdbc.sql("select exists (select 1 from topic_preflag_rule where keyword = :keyword and reason = :reason)")
                .param("keyword", keyword).param("reason", reason.name()).query(Boolean.class).single();
    }

    public long insert(String keyword, DeclineReason reason) {
        return jdbc.sql("insert into topic_preflag_rule (keyword, reason) values (:keyword, :reason) returning id")
                .param("keyword", keyword).param("reason", reason.name()).query(Long.class).single();
    }

    public void delete(long id) {
        jdbc.sql("delete from topic_preflag_rule where id = :id").param("id", id).update();
    }
}
