package org.gongshang.followup.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.gongshang.followup.Choice;
import org.gongshang.followup.Question;
import org.gongshang.followup.QuestionDraft;
import org.gongshang.followup.QuestionKind;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyAudience;
import org.gongshang.followup.SurveyDraft;
import org.jspecify.annotations.Nullable;

/** The builder's forms as typed: a survey's details and one question. */
final class SurveyForms {

    static final String[] DETAIL_FIELDS = {"title", "intro", "regionCode", "anonymous", "audience", "opensAt", "closesAt",
            "recommendationId", "consultationId", "topicId"};
    static final String[] QUESTION_FIELDS = {"kind", "text", "choices"};

    private SurveyForms() {
    }

    /** The details; times as {@code datetime-local} values in China time. */
    record DetailsForm(@Nullable String title, @Nullable String intro, @Nullable String regionCode,
            @Nullable Boolean anonymous, @Nullable SurveyAudience audience, @Nullable String opensAt,
            @Nullable String closesAt, @Nullable Long recommendationId, @Nullable Long consultationId,
            @Nullable Long topicId) {

        SurveyDraft draft() {
            return new SurveyDraft(title, intro, regionCode, anonymous, audience, FollowUpLabels.instant(opensAt),
                    FollowUpLabels.instant(closesAt), recommendationId, consultationId, topicId);
        }

        static DetailsForm of(Survey s) {
            return new DetailsForm(s.title(), s.intro(), s.regionCode(), s.anonymous(), s.audience(),
                    FollowUpLabels.local(s.opensAt()), FollowUpLabels.local(s.closesAt()), s.recommendationId(),
                    s.consultationId(), s.topicId());
        }

        /** A new survey's form, linked to what it was started from. */
        static DetailsForm start(@Nullable Long recommendationId, @Nullable Long consultationId, @Nullable Long topicId) {
            return new DetailsForm(null, null, null, true, SurveyAudience.INVITED, null, null, recommendationId,
                    consultationId, topicId);
        }
    }

    /** A question; {@code choices} one per line. */
    record QuestionForm(@Nullable QuestionKind kind, @Nullable String text, @Nullable Boolean required,
            @Nullable String choices) {

        QuestionDraft draft() {
            List<String> lines = choices == null ? List.of() : Arrays.stream(choices.split("\\R")).toList();
            return new QuestionDraft(kind, text, Boolean.TRUE.equals(required), lines);
        }

        static QuestionForm empty() {
            return new QuestionForm(QuestionKind.SINGLE_CHOICE, null, true, null);
        }

        static QuestionForm of(Question q) {
            return new QuestionForm(q.kind(), q.text(), q.required(),
                    q.choices().stream().map(Choice::text).collect(Collectors.joining("\n")));
        }
    }
}
