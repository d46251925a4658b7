package org.gongshang.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongshang.followup.Answer;
import org.gongshang.followup.PaperEntry;
import org.gongshang.followup.SurveyResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Responses and their answers. The unique respondent key per survey is what refuses a second
 * answer, also when two arrive at the same moment.
 */
@Repository
public class ResponseStore {

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps a response with its answers.
     *
     * @param accountId and {@code name} and {@code at}: null for an anonymous response
     * @return false when this respondent answered the survey already
     */
    public boolean insert(UUID id, long surveyId, byte[] respondentKey, @Nullable Long accountId, @Nullable String name,
            @Nullable Instant at, LocalDate on, List<Answer> answers) {
        return insert(new SurveyResponse(id, surveyId, accountId, name, at, on, answers), respondentKey);
    }

    /**
     * Keeps a response, online or from paper, with its answers.
     *
     * @return false when this respondent (or this paper sheet) answered the survey already
     */
    public boolean insert(SurveyResponse response, byte[] respondentKey) {
        UUID id = response.id();
        PaperEntry paper = response.paper();
        try {
            jdbc.sql("""
                    insert into followup_response (id, survey_id, respondent_key, account_id, respondent_name, submitted_at,
                        submitted_on, channel, entered_by, entered_at, sheet_number)
                    values (:id, :survey, :key, :account, :name, :at, :on, :channel, :enteredBy, :enteredAt, :sheet)""")
                    .param("id", id).param("survey", response.surveyId()).param("key", respondentKey)
                    .param("account", response.accountId()).param("name", response.respondentName())
                    .param("at", Rows.timestamp(response.submittedAt())).param("on", response.submittedOn())
                    .param("channel", response.channel().name())
                    .param("enteredBy", paper == null ? null : paper.enteredBy())
                    .param("enteredAt", Rows.timestamp(paper == null ? null : paper.enteredAt()))
                    .param("sheet", paper == null ? null : paper.sheetNumber()).update();
        } catch (DuplicateKeyException twice) {
            return false;
        }
        for (Answer answer : response.answers()) {
            if (!answer.chosen().isEmpty()) {
                for (long choice : answer.chosen()) {
                    insertAnswer(id, answer.questionId(), choice, null, null);
                }
            } else {
                insertAnswer(id, answer.questionId(), null, answer.rating(), answer.text());
            }
        }
        return true;
    }

    public boolean exists(long surveyId, byte[] respondentKey) {
        return jdbc.sql("select count(*) from followup_response where survey_id = :survey and respondent_key = :key")
                .param("survey", surveyId).param("key", respondentKey).query(Integer.class).single() > 0;
    }

    public int count(long surveyId) {
        return jdbc.sql("select count(*) from followup_response where survey_id = :survey").param("survey", surveyId)
                .query(Integer.class).single();
    }

    public int countPaper(long surveyId) {
        return jdbc.sql("select count(*) from followup_response where survey_id = :survey and channel = 'PAPER'")
                .param("survey", surveyId).query(Integer.class).single();
    }

    /**
     * All responses with their answers: real-name ones in the order they came, anonymous ones in the
     * order of their random ids, which says nothing about who came when.
     */
    public List<SurveyResponse> of(long surveyId) {
        Map<UUID, List<Answer>> answers = answers(surveyId);
        return jdbc.sql("""
                select * from followup_response where survey_id = :survey
                order by submitted_at nulls last, entered_at nulls last, id""")
                .param("survey", surveyId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Long enteredBy = Rows.nullableLong(rs, "entered_by");
                    Instant enteredAt = Rows.instant(rs, "entered_at");
                    PaperEntry paper = enteredBy == null || enteredAt == null ? null
                            : new PaperEntry(enteredBy, enteredAt, rs.getString("sheet_number"));
                    return new SurveyResponse(id, surveyId, Rows.nullableLong(rs, "account_id"), rs.getString("respondent_name"),
                            Rows.instant(rs, "submitted_at"), rs.getObject("submitted_on", LocalDate.class),
                            answers.getOrDefault(id, List.of()), paper);
                }).list();
    }

    private Map<UUID, List<Answer>> answers(long surveyId) {
        // Rows of one response and question together: the choices of a multiple-choice answer become one answer.
        Map<UUID, Map<Long, Answer>> byResponse = new LinkedHashMap<>();
        jdbc.sql("""
                select a.response_id, a.question_id, a.choice_id, a.rating, a.text
                from followup_answer a join followup_response r on r.id = a.response_id
                join followup_question q on q.id = a.question_id
                left join followup_choice c on c.id = a.choice_id
                where r.survey_id = :survey order by a.response_id, q.position, c.position""")
                .param("survey", surveyId)
                .query((rs, row) -> {
                    UUID response = rs.getObject("response_id", UUID.class);
                    long question = rs.getLong("question_id");
                    Long choice = Rows.nullableLong(rs, "choice_id");
                    Integer rating = rs.getObject("rating", Integer.class);
                    String text = rs.getString("text");
                    Map<Long, Answer> ofResponse = byResponse.computeIfAbsent(response, r -> new LinkedHashMap<>());
                    Answer before = ofResponse.get(question);
                    if (choice != null) {
                        List<Long> chosen = new ArrayList<>(before == null ? List.of() : before.chosen());
                        chosen.add(choice);
                        ofResponse.put(question, Answer.choices(question, chosen));
                    } else {
                        ofResponse.put(question, new Answer(question, null, rating, text));
                    }
                    return response;
                }).list();
        Map<UUID, List<Answer>> result = new LinkedHashMap<>();
        byResponse.forEach((id, answers) -> result.put(id, List.copyOf(answers.values())));
        return result;
    }

    private void insertAnswer(UUID response, long question, @Nullable Long choice, @Nullable Integer rating, @Nullable String text) {
        jdbc.sql("""
                insert into followup_answer (response_id, question_id, choice_id, rating, text)
                values (:response, :question, :choice, :rating, :text)""")
                .param("response", response).param("question", question).param("choice", choice).param("rating", rating)
                .param("text", text).update();
    }
}
