package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

/** A paper questionnaire's sheet: the name only in real-name surveys, lengths, the day; and results by channel. */
class PaperSheetTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private final Survey anonymous = SurveyBuilder.survey().single("是否满意？", true, "满意", "不满意").build();
    private final Survey realName = SurveyBuilder.survey().realName().single("是否满意？", true, "满意", "不满意").build();

    @Test
    void anAnonymousSurveysSheetCarriesNoName() {
        assertThatCode(() -> new PaperSheet(" ", "A-1", null).checkFor(anonymous, TODAY)).doesNotThrowAnyException();
        assertProblem(() -> new PaperSheet("王芳", null, null).checkFor(anonymous, TODAY), "respondentName",
                "followup.paper.name-anonymous");
    }

    @Test
    void aRealNameSurveysSheetNeedsTheNameWrittenOnIt() {
        assertThatCode(() -> new PaperSheet(" 王芳 ", null, TODAY).checkFor(realName, TODAY)).doesNotThrowAnyException();
        assertThat(new PaperSheet(" 王芳 ", null, null).respondentName()).isEqualTo("王芳");
        assertProblem(() -> new PaperSheet("", null, null).checkFor(realName, TODAY), "respondentName",
                "followup.paper.name-required");
        assertProblem(() -> new PaperSheet("王".repeat(101), null, null).checkFor(realName, TODAY), "respondentName",
                "followup.paper.name-too-long");
    }

    @Test
    void aSheetNumberIsShortAndTheDayNotAfterToday() {
        assertProblem(() -> new PaperSheet(null, "1".repeat(41), null).checkFor(anonymous, TODAY), "sheetNumber",
                "followup.paper.sheet-too-long");
        assertProblem(() -> new PaperSheet(null, null, TODAY.plusDays(1)).checkFor(anonymous, TODAY), "filledOn",
                "followup.paper.filled-future");
    }

    @Test
    void moreAnswersThanQuestionsAreRefusedBeforeAnyIsLookedAt() {
        List<Answer> flood = LongStream.range(0, 5000).mapToObj(i -> Answer.rating(i, 3)).toList();
        assertProblem(() -> anonymous.check(flood), "answers", "followup.answer.too-many");
    }

    @Test
    void resultsCountOnlineAndPaperAnswersTogetherAndApart() {
        SurveyResponse online = new SurveyResponse(UUID.randomUUID(), 1, null, null, null, TODAY,
                List.of(Answer.choices(10, List.of(11L))));
        SurveyResponse paper = new SurveyResponse(UUID.randomUUID(), 1, null, null, null, TODAY,
                List.of(Answer.choices(10, List.of(12L))), new PaperEntry(7, Instant.parse("2026-05-01T02:00:00Z"), "A-1"));
        List<SurveyResponse> all = List.of(online, paper, paper);

        SurveyResults together = SurveyResults.of(anonymous, all);
        assertThat(together.responses()).isEqualTo(3);
        assertThat(together.questions().getFirst().choices()).extracting(QuestionResult.ChoiceCount::count).containsExactly(1, 2);
        SurveyResults onPaper = SurveyResults.of(anonymous, all, ResponseChannel.PAPER);
        assertThat(onPaper.responses()).isEqualTo(2);
        assertThat(onPaper.questions().getFirst().choices()).extracting(QuestionResult.ChoiceCount::count).containsExactly(0, 2);
        SurveyResults onlineOnly = SurveyResults.of(anonymous, all, ResponseChannel.ONLINE);
        assertThat(onlineOnly.questions().getFirst().choices()).extracting(QuestionResult.ChoiceCount::percent)
                .containsExactly(100.0, 0.0);
        assertThat(List.of(together, onPaper, onlineOnly)).allSatisfy(r -> {
            assertThat(r.online()).isEqualTo(1);
            assertThat(r.paper()).isEqualTo(2);
        });
        assertThat(paper.isAnonymous()).isTrue();
        assertThat(paper.channel()).isEqualTo(ResponseChannel.PAPER);
    }

    private static void assertProblem(Runnable act, String field, String key) {
        assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.fieldProblems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .contains(tuple(field, key));
        });
    }
}
