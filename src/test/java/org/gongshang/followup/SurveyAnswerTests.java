package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The rules of answering a questionnaire, without Spring: what is kept, and every problem at its question. */
class SurveyAnswerTests {

    private final Survey survey = SurveyBuilder.survey()
            .single("您对整改结果是否满意？", true, "满意", "基本满意", "不满意")
            .multiple("哪些问题仍然存在？", false, "乱停车", "噪音", "垃圾")
            .rating("请为办理效果打分", true)
            .freeText("还有什么建议？", false)
            .build();

    @Test
    void aCompleteAnswerIsKeptInTheQuestionsOrder() {
        List<Answer> kept = survey.check(List.of(Answer.text(40, "  多装路灯  "), Answer.rating(30, 4),
                Answer.choices(20, List.of(23L, 21L)), Answer.choices(10, List.of(12L))));

        assertThat(kept).containsExactly(Answer.choices(10, List.of(12L)), Answer.choices(20, List.of(21L, 23L)),
                Answer.rating(30, 4), Answer.text(40, "多装路灯"));
    }

    @Test
    void optionalQuestionsMayStayUnansweredAndBlankAnswersAreLeftOut() {
        List<Answer> kept = survey.check(List.of(Answer.choices(10, List.of(11L)), Answer.rating(30, 5),
                Answer.choices(20, List.of()), Answer.text(40, "   ")));

        assertThat(kept).extracting(Answer::questionId).containsExactly(10L, 30L);
    }

    @Test
    void everyUnansweredRequiredQuestionIsNamed() {
        assertThatThrownBy(() -> survey.check(List.of(Answer.text(40, "无"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("q10", "q30");
                    assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::messageKey)
                            .containsOnly("followup.answer.required");
                });
    }

    @Test
    void aChoiceOfAnotherQuestionIsRefused() {
        assertProblem(List.of(Answer.choices(10, List.of(21L)), Answer.rating(30, 3)), "q10", "followup.answer.choice-unknown");
    }

    @Test
    void twoChoicesForASingleChoiceQuestionAreRefused() {
        assertProblem(List.of(Answer.choices(10, List.of(11L, 12L)), Answer.rating(30, 3)), "q10", "followup.answer.one-choice");
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        assertProblem(List.of(Answer.choices(10, List.of(11L)), Answer.rating(30, 6)), "q30", "followup.answer.rating-range");
        assertProblem(List.of(Answer.choices(10, List.of(11L)), Answer.rating(30, 0)), "q30", "followup.answer.rating-range");
    }

    @Test
    void aTooLongTextIsRefused() {
        assertProblem(List.of(Answer.choices(10, List.of(11L)), Answer.rating(30, 3),
                Answer.text(40, "长".repeat(Survey.MAX_ANSWER_TEXT + 1))), "q40", "followup.answer.text-too-long");
    }

    @Test
    void answersToUnknownQuestionsOrTwiceToOneAreRefused() {
        assertProblem(List.of(Answer.choices(10, List.of(11L)), Answer.rating(30, 3), Answer.text(99, "?")), "q99",
                "followup.answer.unknown-question");
        assertProblem(List.of(Answer.choices(10, List.of(11L)), Answer.rating(30, 3), Answer.rating(30, 4)), "q30",
                "followup.answer.twice");
    }

    @Test
    void aSurveyTakesAnswersOnlyBetweenItsOpeningAndClosing() {
        Survey timed = SurveyBuilder.survey().rating("打分", true)
                .open(SurveyBuilder.NOW.plusSeconds(60), SurveyBuilder.NOW.plusSeconds(3600)).build();

        assertThat(timed.availability(SurveyBuilder.NOW)).isEqualTo(Availability.NOT_YET_OPEN);
        assertThat(timed.availability(SurveyBuilder.NOW.plusSeconds(60))).isEqualTo(Availability.OPEN);
        assertThat(timed.availability(SurveyBuilder.NOW.plusSeconds(3600))).isEqualTo(Availability.CLOSED);
        assertThat(SurveyBuilder.survey().status(SurveyStatus.DRAFT).build().availability(SurveyBuilder.NOW))
                .isEqualTo(Availability.DRAFT);
        assertThat(SurveyBuilder.survey().status(SurveyStatus.CLOSED).build().availability(SurveyBuilder.NOW))
                .isEqualTo(Availability.CLOSED);
    }

    private void assertProblem(List<Answer> answers, String field, String key) {
        assertThatThrownBy(() -> survey.check(answers)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldProblems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.messageKey()).isEqualTo(key);
                }));
    }
}
