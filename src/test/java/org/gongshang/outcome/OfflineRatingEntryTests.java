package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

/** Satisfaction collected offline: counts or one named person, the occasion, the day and the evidence's note. */
class OfflineRatingEntryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void countsOfAForumWithTheirEvidenceAreAccepted() {
        OfflineRatingEntry forum = new OfflineRatingEntry(RatingOccasion.FORUM, TODAY, " 社区议事厅 ", null, 12, 3, 1, " 签到表存档 ");
        assertThatCode(() -> forum.check(TODAY)).doesNotThrowAnyException();
        assertThat(forum.total()).isEqualTo(16);
        assertThat(forum.place()).isEqualTo("社区议事厅");
        assertThat(forum.note()).isEqualTo("签到表存档");
    }

    @Test
    void aNamedPersonGivesOneRating() {
        OfflineRatingEntry person = OfflineRatingEntry.person(RatingOccasion.RETURN_VISIT, TODAY, null, "赵大爷",
                Satisfaction.UNSATISFIED, "入户回访，本人口述");
        assertThatCode(() -> person.check(TODAY)).doesNotThrowAnyException();
        assertThat(person.unsatisfied()).isEqualTo(1);
        assertThat(person.total()).isEqualTo(1);
        assertFields(new OfflineRatingEntry(RatingOccasion.RETURN_VISIT, TODAY, null, "赵大爷", 2, 0, 0, "口述"), "respondentName");
    }

    @Test
    void everyProblemComesBackAtItsField() {
        assertFields(new OfflineRatingEntry(null, null, null, null, 0, 0, 0, " "), "occasion", "heldOn", "satisfied", "note");
        assertFields(new OfflineRatingEntry(RatingOccasion.FORUM, TODAY.plusDays(1), "x".repeat(201), null, -1,
                OfflineRatingEntry.MAX_COUNT + 1, 0, "n".repeat(1001)), "heldOn", "satisfied", "basicallySatisfied", "place", "note");
    }

    private static void assertFields(OfflineRatingEntry entry, String... fields) {
        assertThatThrownBy(() -> entry.check(TODAY)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields);
        });
    }
}
