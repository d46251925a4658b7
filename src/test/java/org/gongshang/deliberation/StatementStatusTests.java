package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every moderation move, and what each status shows under each mode. */
class StatementStatusTests {

    @Test
    void movesAreExactlyThoseAModeratorCanMake() {
        for (StatementStatus from : StatementStatus.values()) {
            for (StatementStatus to : StatementStatus.values()) {
                boolean expected = switch (from) {
                    case PENDING -> to != StatementStatus.PENDING;
                    case ACCEPTED -> to == StatementStatus.REJECTED;
                    case REJECTED -> to == StatementStatus.ACCEPTED;
                };
                assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void strictShowsOnlyAcceptedAndOpenAllButRejectedAndHeld() {
        assertThat(StatementStatus.ACCEPTED.isShown(ModerationMode.STRICT, false)).isTrue();
        assertThat(StatementStatus.PENDING.isShown(ModerationMode.STRICT, false)).isFalse();
        assertThat(StatementStatus.REJECTED.isShown(ModerationMode.STRICT, false)).isFalse();
        assertThat(StatementStatus.ACCEPTED.isShown(ModerationMode.OPEN, false)).isTrue();
        assertThat(StatementStatus.PENDING.isShown(ModerationMode.OPEN, false)).isTrue();
        assertThat(StatementStatus.PENDING.isShown(ModerationMode.OPEN, true)).as("held by the sensitive-word check").isFalse();
        assertThat(StatementStatus.REJECTED.isShown(ModerationMode.OPEN, false)).isFalse();
    }

    @Test
    void polisModerationValuesMatchTheExportFormat() {
        assertThat(StatementStatus.REJECTED.polisModeration()).isEqualTo(-1);
        assertThat(StatementStatus.PENDING.polisModeration()).isZero();
        assertThat(StatementStatus.ACCEPTED.polisModeration()).isEqualTo(1);
    }
}
