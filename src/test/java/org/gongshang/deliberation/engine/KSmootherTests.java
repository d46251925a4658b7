package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KSmootherTests {

    private static final int REQUIRED = 4;

    private static KSmoother after(KSmoother smoother, int... bestKs) {
        for (int best : bestKs) {
            smoother = smoother.next(best, REQUIRED, k -> k >= 2 && k <= 5);
        }
        return smoother;
    }

    @Test
    void theFirstUpdateShowsItsBestKAtOnce() {
        assertThat(after(KSmoother.initial(), 3).shownK()).isEqualTo(3);
    }

    @Test
    void aNewKIsShownOnlyAfterWinningFourUpdatesInARow() {
        KSmoother shownTwo = after(KSmoother.initial(), 2);
        assertThat(after(shownTwo, 3, 3, 3).shownK()).isEqualTo(2);
        assertThat(after(shownTwo, 3, 3, 3, 3).shownK()).isEqualTo(3);
    }

    @Test
    void anInterruptedStreakStartsOver() {
        KSmoother shownTwo = after(KSmoother.initial(), 2);
        assertThat(after(shownTwo, 3, 3, 4, 3, 3, 3).shownK()).isEqualTo(2);
        assertThat(after(shownTwo, 3, 3, 4, 3, 3, 3, 3).shownK()).isEqualTo(3);
    }

    @Test
    void aShownKThatCanNoLongerBeComputedIsReplacedAtOnce() {
        KSmoother shownFive = after(KSmoother.initial(), 5);
        assertThat(shownFive.next(2, REQUIRED, k -> k == 2).shownK()).isEqualTo(2);
    }
}
