package org.gongshang.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.followup.Choice;
import org.gongshang.followup.LinkedSurvey;
import org.gongshang.followup.Question;
import org.gongshang.followup.QuestionDraft;
import org.gongshang.followup.QuestionKind;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyAudience;
import org.gongshang.followup.SurveyStatus;
import org.gongshang.followup.SurveySummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaires with their questions and choices. */
@Repository
public class SurveyStore {

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A questionnaire's details, already checked. */
    public record Details(String title, String intro, String regionCode, boolean anonymous, SurveyAudience audience,
            @Nullable Instant opensAt, @Nullable Instant closesAt, @Nullable Long recommendationId,
            @Nullable Long consultationId, @Nullable Long topicId) {
    }

    public long insert(Details details, long createdBy, Instant at) {
        return jdbc.sql("""
                insert into followup_survey (title, intro, region_code, anonymous, audience, status, opens_at, closes_at,
                    recommendation_id, consultation_id, topic_id, created_by, created_at)
                values (:title, :intro, :region, :anonymous, :audience, 'DRAFT', :opensAt, :closesAt, :recommendation,
                    :consultation, :topic, :createdBy, :at)
                returning id""")
                .params(params(details)).param("createdBy", createdBy).param("at", Rows.timestamp(at))
                .query(Long.class).single();
    }

    public void saveDetails(long id, Details details) {
        jdbc.sql("""
                update followup_survey set title = :title, intro = :intro, region_code = :region, anonymous = :anonymous,
                    audience = :audience, opens_at = :opensAt, closes_at = :closesAt, recommendation_id = :recommendation,
                    consultation_id = :consultation, topic_id = :topic
                where id = :id""")
                .params(params(details)).param("id", id).update();
    }

    public void saveStatus(Survey survey) {
        jdbc.sql("update followup_survey set status = :status, published_at = :published, closed_at = :closed where id = :id")
                .param("status", survey.status().name()).param("published", Rows.timestamp(survey.publishedAt()))
                .param("closed", Rows.timestamp(survey.closedAt())).param("id", survey.id()).update();
    }

    public Optional<Survey> find(long id) {
        return jdbc.sql("select * from followup_survey where id = :id").param("id", id)
                .query((rs, row) -> map(rs, questions(id))).optional();
    }

    /** Reads the survey and locks it until the transaction ends: edits, publication and closing go one at a time. */
    public Optional<Survey> lock(long id) {
        return jdbc.sql("select id from followup_survey where id = :id for update").param("id", id)
                .query(Long.class).optional().flatMap(this::find);
    }

    /** Reads the survey with a shared lock: answers go side by side, but not past a closing. */
    public Optional<Survey> lockShared(long id) {
        return jdbc.sql("select id from followup_survey where id = :id for share").param("id", id)
                .query(Long.class).optional().flatMap(this::find);
    }

    /**
     * Which surveys a list shows.
     *
     * @param regionCodes surveys of these regions (a manager's scope); null for any
     * @param respondent surveys this account may answer or answered (published or closed): invited, or
     *     open to the residents of a region in {@code residenceLineage}; null for no such condition
     */
    public record Filter(@Nullable Collection<String> regionCodes, @Nullable Long respondent,
            @Nullable Collection<String> residenceLineage, @Nullable SurveyStatus status, @Nullable Long recommendationId) {
    }

    public List<SurveySummary> list(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                select s.*, (select count(*) from followup_question q where q.survey_id = s.id) as question_count,
                       (select count(*) from followup_response r where r.survey_id = s.id) as response_count
                from followup_survey s where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.regionCodes() != null) {
            sql.append(" and s.region_code in (:regions)");
            params.put("regions", filter.regionCodes().isEmpty() ? List.of("") : filter.regionCodes());
        }
        if (filter.respondent() != null) {
            sql.append(" and s.status <> 'DRAFT' and (exists (select 1 from followup_invitation i"
                    + " where i.survey_id = s.id and i.account_id = :respondent)");
            params.put("respondent", filter.respondent());
            if (filter.residenceLineage() != null && !filter.residenceLineage().isEmpty()) {
                sql.append(" or s.audience = 'REGION' and s.region_code in (:lineage)");
                params.put("lineage", filter.residenceLineage());
            }
            sql.append(")");
        }
        if (filter.status() != null) {
            sql.append(" and s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.recommendationId() != null) {
            sql.append(" and s.recommendation_id = :recommendation");
            params.put("recommendation", filter.recommendationId());
        }
        sql.append(" order by s.created_at desc, s.id desc offset :offset limit :limit");
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            Survey survey = map(rs, List.of());
            return new SurveySummary(survey.id(), survey.title(), survey.regionCode(), survey.anonymous(), survey.audience(),
                    survey.status(), survey.opensAt(), survey.closesAt(), survey.recommendationId(), survey.consultationId(),
                    survey.topicId(), rs.getInt("question_count"), rs.getInt("response_count"), survey.createdAt());
        }).list();
    }

    /** Published or closed surveys on a consultation or any of its recommendations, with their rating answers' mean. */
    public List<LinkedSurvey> linkedTo(long consultationId, Collection<Long> recommendationIds) {
        return jdbc.sql("""
                select s.id, s.title, s.status,
                       (select count(*) from followup_response r where r.survey_id = s.id) as responses,
                       (select count(a.rating) from followup_answer a join followup_question q on q.id = a.question_id
                        where q.survey_id = s.id and q.kind = 'RATING') as rating_answers,
                       (select avg(a.rating) from followup_answer a join followup_question q on q.id = a.question_id
                        where q.survey_id = s.id and q.kind = 'RATING') as rating_average
                from followup_survey s
                where s.status <> 'DRAFT'
                  and (s.consultation_id = :consultation or s.recommendation_id = any(:recommendations))
                order by s.id""")
                .param("consultation", consultationId)
                .param("recommendations", recommendationIds.toArray(Long[]::new))
                .query((rs, row) -> {
                    double average = rs.getDouble("rating_average");
                    return new LinkedSurvey(rs.getLong("id"), rs.getString("title"), SurveyStatus.valueOf(rs.getString("status")),
                            rs.getInt("responses"), rs.getInt("rating_answers"), rs.wasNull() ? null : average);
                }).list();
    }

    // ---- questions --------------------------------------------------------------------------------

    public long insertQuestion(long surveyId, QuestionDraft question, List<String> choices) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from followup_question where survey_id = :survey")
                .param("survey", surveyId).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into followup_question (survey_id, position, kind, text, required)
                values (:survey, :position, :kind, :text, :required) returning id""")
                .param("survey", surveyId).param("position", position).param("kind", question.kind().name())
                .param("text", question.text()).param("required", question.required()).query(Long.class).single();
        insertChoices(id, choices);
        return id;
    }

    /** New text, kind and choices; the choices get new ids (only drafts change, so nothing refers to them yet). */
    public void updateQuestion(long questionId, QuestionDraft question, List<String> choices) {
        jdbc.sql("update followup_question set kind = :kind, text = :text, required = :required where id = :id")
                .param("kind", question.kind().name()).param("text", question.text()).param("required", question.required())
                .param("id", questionId).update();
        jdbc.sql("delete from followup_choice where question_id = :id").param("id", questionId).update();
        insertChoices(questionId, choices);
    }

    public void deleteQuestion(long surveyId, long questionId) {
        jdbc.sql("delete from followup_question where id = :id").param("id", questionId).update();
        renumber(surveyId);
    }

    /** Puts the questions in the given order (all of the survey's question ids). */
    public void reorder(long surveyId, List<Long> questionIds) {
        int position = 1;
        for (long id : questionIds) {
            jdbc.sql("update followup_question set position = :position where id = :id and survey_id = :survey")
                    .param("position", position++).param("id", id).param("survey", surveyId).update();
        }
    }

    private void renumber(long surveyId) {
        reorder(surveyId, jdbc.sql("select id from followup_question where survey_id = :survey order by position, id")
                .param("survey", surveyId).query(Long.class).list());
    }

    private void insertChoices(long questionId, List<String> choices) {
        int position = 1;
        for (String choice : choices) {
            jdbc.sql("insert into followup_choice (question_id, position, text) values (:question, :position, :text)")
                    .param("question", questionId).param("position", position++).param("text", choice).update();
        }
    }

    private List<Question> questions(long surveyId) {
        Map<Long, List<Choice>> choices = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.question_id, c.text from followup_choice c join followup_question q on q.id = c.question_id
                where q.survey_id = :survey order by c.question_id, c.position, c.id""")
                .param("survey", surveyId)
                .query((rs, row) -> choices.computeIfAbsent(rs.getLong("question_id"), q -> new ArrayList<>())
                        .add(new Choice(rs.getLong("id"), rs.getString("text"))))
                .list();
        return jdbc.sql("select * from followup_question where survey_id = :survey order by position, id")
                .param("survey", surveyId)
                .query((rs, row) -> new Question(rs.getLong("id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"), rs.getBoolean("required"), choices.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Map<String, Object> params(Details details) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", details.title());
        params.put("intro", details.intro());
        params.put("region", details.regionCode());
        params.put("anonymous", details.anonymous());
        params.put("audience", details.audience().name());
        params.put("opensAt", Rows.timestamp(details.opensAt()));
        params.put("closesAt", Rows.timestamp(details.closesAt()));
        params.put("recommendation", details.recommendationId());
        params.put("consultation", details.consultationId());
        params.put("topic", details.topicId());
        return params;
    }

    private static Survey map(ResultSet rs, List<Question> questions) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getString("title"), rs.getString("intro"), rs.getString("region_code"),
                rs.getBoolean("anonymous"), SurveyAudience.valueOf(rs.getString("audience")),
                SurveyStatus.valueOf(rs.getString("status")), Rows.instant(rs, "opens_at"), Rows.instant(rs, "closes_at"),
                Rows.nullableLong(rs, "recommendation_id"), Rows.nullableLong(rs, "consultation_id"),
                Rows.nullableLong(rs, "topic_id"), rs.getLong("created_by"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "published_at"), Rows.instant(rs, "closed_at"), questions);
    }
}
