package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Results from responses: counts and shares per choice, rating average and distribution, texts. */
class SurveyResultsTests {

    private final Survey survey = SurveyBuilder.survey()
            .single("是否满意？", true, "满意", "基本满意", "不满意")
            .multiple("哪些问题仍然存在？", false, "乱停车", "噪音", "垃圾")
            .rating("打分", false)
            .freeText("建议", false)
            .build();

    @Test
    void choicesAreCountedWithSharesOfThoseWhoAnswered() {
        SurveyResults results = SurveyResults.of(survey, List.of(
                response(Answer.choices(10, List.of(11L)), Answer.choices(20, List.of(21L, 22L))),
                response(Answer.choices(10, List.of(11L)), Answer.choices(20, List.of(21L))),
                response(Answer.choices(10, List.of(13L)))));

        assertThat(results.responses()).isEqualTo(3);
        QuestionResult single = results.questions().get(0);
        assertThat(single.answered()).isEqualTo(3);
        assertThat(single.choices()).extracting(QuestionResult.ChoiceCount::count).containsExactly(2, 0, 1);
        assertThat(single.choices()).extracting(QuestionResult.ChoiceCount::percent).containsExactly(66.7, 0.0, 33.3);
        QuestionResult multiple = results.questions().get(1);
        assertThat(multiple.answered()).isEqualTo(2);
        // Of the two who answered, both named 乱停车: shares of a multiple choice add up to more than 100 %.
        assertThat(multiple.choices()).extracting(QuestionResult.ChoiceCount::percent).containsExactly(100.0, 50.0, 0.0);
    }

    @Test
    void ratingsHaveAnAverageAndADistributionFromOneToFive() {
        SurveyResults results = SurveyResults.of(survey, List.of(response(Answer.choices(10, List.of(11L)), Answer.rating(30, 5)),
                response(Answer.choices(10, List.of(11L)), Answer.rating(30, 4)),
                response(Answer.choices(10, List.of(11L)), Answer.rating(30, 4)),
                response(Answer.choices(10, List.of(11L)))));

        QuestionResult rating = results.questions().get(2);
        assertThat(rating.answered()).isEqualTo(3);
        assertThat(rating.ratingAverage()).isEqualTo(4.33);
        assertThat(rating.ratings()).extracting(QuestionResult.RatingCount::rating).containsExactly(1, 2, 3, 4, 5);
        assertThat(rating.ratings()).extracting(QuestionResult.RatingCount::count).containsExactly(0, 0, 0, 2, 1);
        assertThat(rating.ratings()).extracting(QuestionResult.RatingCount::percent).containsExactly(0.0, 0.0, 0.0, 66.7, 33.3);
    }

    @Test
    void textsAreListedAndNothingAnsweredGivesZeroesNotErrors() {
        SurveyResults empty = SurveyResults.of(survey, List.of());
        assertThat(empty.responses()).isZero();
        assertThat(empty.questions().get(0).choices()).extracting(QuestionResult.ChoiceCount::percent).containsOnly(0.0);
        assertThat(empty.questions().get(2).ratingAverage()).isNull();

        SurveyResults results = SurveyResults.of(survey, List.of(response(Answer.choices(10, List.of(12L)), Answer.text(40, "多装路灯")),
                response(Answer.choices(10, List.of(12L)), Answer.text(40, "增加巡查"))));
        assertThat(results.questions().get(3).texts()).containsExactly("多装路灯", "增加巡查");
    }

    private static SurveyResponse response(Answer... answers) {
        return new SurveyResponse(UUID.randomUUID(), 1, null, null, null, LocalDate.of(2026, 5, 1), List.of(answers));
    }
}
