package org.gongshang.consultation.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Common problems raised from consensus items of several consultations, linked both ways. */
@Repository
public class CommonProblemStore {

    private final JdbcClient jdbc;

    CommonProblemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String description, String regionCode, long raisedBy) {
        return jdbc.sql("insert into common_problem (title, description, region_code, raised_by) values (:title, :description, :region, :by) returning id")
                .param("title", title).param("description", description).param("region", regionCode).param("by", raisedBy)
                .query(Long.class).single();
    }

    public void addItem(long problemId, long consensusItemId, long consultationId) {
        jdbc.sql("insert into common_problem_item (problem_id, consensus_item_id, consultation_id) values (:problem, :item, :consultation)")
                .param("problem", problemId).param("item", consensusItemId).param("consultation", consultationId).update();
    }

    public void linkTopic(long problemId, long topicId) {
        jdbc.sql("update common_problem set topic_id = :topic where id = :id").param("topic", topicId).param("id", problemId).update();
    }

    /** A common problem as the consultations that fed it see it. */
    public record RaisedProblem(long id, String title, @Nullable Long topicId) {
    }

    public List<RaisedProblem> raisedFrom(long consultationId) {
        return jdbc.sql("""
                select distinct p.id, p.title, p.topic_id from common_problem p
                join common_problem_item i on i.problem_id = p.id where i.consultation_id = :id order by p.id""")
                .param("id", consultationId)
                .query((rs, n) -> new RaisedProblem(rs.getLong("id"), rs.getString("title"), Rows.nullableLong(rs, "topic_id")))
                .list();
    }
}
