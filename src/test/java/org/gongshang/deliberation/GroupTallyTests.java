package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.gongshang.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

/** A show of hands at a meeting: a statement, the meeting and its day, counts in range and at least one hand. */
class GroupTallyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void aMeetingsCountsOnAStatementAreATally() {
        NewGroupTally tally = new NewGroupTally(7L, " 居民议事会 ", TODAY, 23, 4, 2, "  ");
        assertThat(tally.problems(TODAY)).isEmpty();
        assertThat(tally.total()).isEqualTo(29);
        assertThat(tally.meeting()).isEqualTo("居民议事会");
        assertThat(tally.note()).isNull();
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        assertThat(new NewGroupTally(null, " ", null, 0, 0, 0, null).problems(TODAY)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("statementId", "meeting", "heldOn", "agrees");
        assertThat(new NewGroupTally(1L, "会".repeat(201), TODAY.plusDays(1), -1, NewGroupTally.MAX_COUNT + 1, 0, "注".repeat(1001))
                .problems(TODAY)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("meeting", "heldOn", "agrees", "disagrees", "note");
    }
}
