package org.gongshang.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Builds surveys for unit tests: question ids are 10, 20, 30…, choice ids the question's id plus 1, 2, 3… */
final class SurveyBuilder {

    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    private final List<Question> questions = new ArrayList<>();
    private SurveyStatus status = SurveyStatus.PUBLISHED;
    private boolean anonymous = true;
    private @Nullable Instant opensAt;
    private @Nullable Instant closesAt;

    static SurveyBuilder survey() {
        return new SurveyBuilder();
    }

    SurveyBuilder single(String text, boolean required, String... choices) {
        return question(QuestionKind.SINGLE_CHOICE, text, required, choices);
    }

    SurveyBuilder multiple(String text, boolean required, String... choices) {
        return question(QuestionKind.MULTIPLE_CHOICE, text, required, choices);
    }

    SurveyBuilder rating(String text, boolean required) {
        return question(QuestionKind.RATING, text, required);
    }

    SurveyBuilder freeText(String text, boolean required) {
        return question(QuestionKind.FREE_TEXT, text, required);
    }

    SurveyBuilder status(SurveyStatus status) {
        this.status = status;
        return this;
    }

    SurveyBuilder realName() {
        this.anonymous = false;
        return this;
    }

    SurveyBuilder open(@Nullable Instant opensAt, @Nullable Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        return this;
    }

    Survey build() {
        return new Survey(1, "小区停车问卷", "", "511702001001", anonymous, SurveyAudience.INVITED, status, opensAt, closesAt,
                null, null, null, 7, NOW.minusSeconds(86_400), status == SurveyStatus.DRAFT ? null : NOW.minusSeconds(3600),
                status == SurveyStatus.CLOSED ? NOW : null, questions);
    }

    private SurveyBuilder question(QuestionKind kind, String text, boolean required, String... choices) {
        long id = (questions.size() + 1) * 10L;
        List<Choice> options = new ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            options.add(new Choice(id + i + 1, choices[i]));
        }
        questions.add(new Question(id, questions.size() + 1, kind, text, required, options));
        return this;
    }
}
