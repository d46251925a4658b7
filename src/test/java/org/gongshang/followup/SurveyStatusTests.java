package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A questionnaire's life, every transition, and what publishing requires. */
class SurveyStatusTests {

    @ParameterizedTest
    @EnumSource(SurveyStatus.class)
    void onlyDraftToPublishedAndPublishedToClosedAreAllowed(SurveyStatus from) {
        for (SurveyStatus to : SurveyStatus.values()) {
            boolean allowed = from == SurveyStatus.DRAFT && to == SurveyStatus.PUBLISHED
                    || from == SurveyStatus.PUBLISHED && to == SurveyStatus.CLOSED;
            assertThat(from.mayMoveTo(to)).as(from + " → " + to).isEqualTo(allowed);
        }
        assertThat(EnumSet.allOf(SurveyStatus.class)).containsAll(from.next());
    }

    @Test
    void aDraftWithQuestionsIsPublished() {
        Survey published = SurveyBuilder.survey().status(SurveyStatus.DRAFT).rating("打分", true).build()
                .publish(SurveyBuilder.NOW);

        assertThat(published.status()).isEqualTo(SurveyStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(SurveyBuilder.NOW);
    }

    @Test
    void aDraftWithoutQuestionsIsNotPublished() {
        assertThatThrownBy(() -> SurveyBuilder.survey().status(SurveyStatus.DRAFT).build().publish(SurveyBuilder.NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainException.FieldProblem::messageKey).containsExactly("followup.survey.no-questions"));
    }

    @Test
    void aSurveyClosingInThePastIsNotPublished() {
        Survey late = SurveyBuilder.survey().status(SurveyStatus.DRAFT).rating("打分", true)
                .open(null, SurveyBuilder.NOW.minusSeconds(1)).build();

        assertThatThrownBy(() -> late.publish(SurveyBuilder.NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("closesAt"));
    }

    @Test
    void publishedQuestionsCannotChangeAndOnlyPublishedSurveysClose() {
        Survey published = SurveyBuilder.survey().rating("打分", true).build();

        assertThatThrownBy(published::requireDraft).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(published.close(SurveyBuilder.NOW).status()).isEqualTo(SurveyStatus.CLOSED);
        assertThatThrownBy(() -> SurveyBuilder.survey().status(SurveyStatus.DRAFT).build().close(SurveyBuilder.NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }
}
