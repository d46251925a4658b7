package org.gongshang.followup.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongshang.followup.Answer;
import org.gongshang.followup.Availability;
import org.gongshang.followup.PaperEntry;
import org.gongshang.followup.PaperSheet;
import org.gongshang.followup.Question;
import org.gongshang.followup.QuestionDraft;
import org.gongshang.followup.QuestionKind;
import org.gongshang.followup.ResponseChannel;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyAudience;
import org.gongshang.followup.SurveyDraft;
import org.gongshang.followup.SurveyResponse;
import org.gongshang.followup.SurveyStatus;
import org.jspecify.annotations.Nullable;

/** The JSON of the survey API. */
final class SurveyJson {

    private SurveyJson() {
    }

    /** A question as sent: its kind, text, whether required, and the choices of a choice question. */
    record QuestionRequest(@Nullable QuestionKind kind, @Nullable String text, @Nullable Boolean required,
            @Nullable List<String> choices) {

        QuestionDraft draft() {
            return new QuestionDraft(kind, text, required == null || required, choices);
        }
    }

    /** A survey as sent to create or change it; {@code questions}, when present, replace those of the draft. */
    record SurveyRequest(@Nullable String title, @Nullable String intro, @Nullable String regionCode,
            @Nullable Boolean anonymous, @Nullable SurveyAudience audience, @Nullable Instant opensAt,
            @Nullable Instant closesAt, @Nullable Long recommendationId, @Nullable Long consultationId,
            @Nullable Long topicId, @Nullable List<QuestionRequest> questions) {

        SurveyDraft draft() {
            return new SurveyDraft(title, intro, regionCode, anonymous, audience, opensAt, closesAt, recommendationId,
                    consultationId, topicId);
        }

        List<QuestionDraft> questionDrafts() {
            return questions == null ? List.of() : questions.stream().map(QuestionRequest::draft).toList();
        }
    }

    /**
     * A survey as the API shows it.
     *
     * @param link the answer page to share; {@code qrCode} the path of its QR code (SVG)
     * @param answered whether the caller answered it
     * @param invited how many people it was sent to, and {@code responses} how many answered: for its managers only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SurveyView(long id, String title, String intro, String regionCode, boolean anonymous, SurveyAudience audience,
            SurveyStatus status, Availability availability, @Nullable Instant opensAt, @Nullable Instant closesAt,
            @Nullable Long recommendationId, @Nullable Long consultationId, @Nullable Long topicId,
            @Nullable Instant publishedAt, @Nullable Instant closedAt, List<Question> questions, String link, String qrCode,
            boolean answered, @Nullable Integer invited, @Nullable Integer responses) {

        static SurveyView of(Survey s, Availability availability, String link, boolean answered, @Nullable Integer invited,
                @Nullable Integer responses) {
            return new SurveyView(s.id(), s.title(), s.intro(), s.regionCode(), s.anonymous(), s.audience(), s.status(),
                    availability, s.opensAt(), s.closesAt(), s.recommendationId(), s.consultationId(), s.topicId(),
                    s.publishedAt(), s.closedAt(), s.questions(), link, "/surveys/" + s.id() + "/qr.svg", answered, invited,
                    responses);
        }
    }

    /** One answer as sent: {@code choiceIds} for choice questions, {@code rating} 1–5, {@code text} for free text. */
    record AnswerRequest(@Nullable Long questionId, @Nullable List<Long> choiceIds, @Nullable Integer rating,
            @Nullable String text) {

        Answer answer() {
            return new Answer(questionId == null ? 0 : questionId, choiceIds, rating, text);
        }
    }

    record ResponseRequest(@Nullable List<AnswerRequest> answers) {

        List<Answer> list() {
            return answers == null ? List.of() : answers.stream().map(AnswerRequest::answer).toList();
        }
    }

    /**
     * A paper questionnaire as entered by staff: the name written on it (real-name surveys only), its
     * number, the day it was filled in, and the answers as for {@code POST …/responses}.
     */
    record PaperRequest(@Nullable String respondentName, @Nullable String sheetNumber, @Nullable LocalDate filledOn,
            @Nullable List<AnswerRequest> answers) {

        PaperSheet sheet() {
            return new PaperSheet(respondentName, sheetNumber, filledOn);
        }

        List<Answer> list() {
            return new ResponseRequest(answers).list();
        }
    }

    /**
     * A response; in an anonymous survey without account, name or time (the fields are left out). One
     * entered from paper says so, with who entered it and when.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResponseView(String id, @Nullable Long accountId, @Nullable String respondentName, @Nullable Instant submittedAt,
            @Nullable String submittedOn, List<Answer> answers, ResponseChannel channel, @Nullable Long enteredBy,
            @Nullable Instant enteredAt, @Nullable String sheetNumber) {

        static ResponseView of(SurveyResponse r) {
            PaperEntry paper = r.paper();
            return new ResponseView(r.id().toString(), r.accountId(), r.respondentName(), r.submittedAt(),
                    r.isAnonymous() ? null : r.submittedOn().toString(), r.answers(), r.channel(),
                    paper == null ? null : paper.enteredBy(), paper == null ? null : paper.enteredAt(),
                    paper == null ? null : paper.sheetNumber());
        }
    }
}
