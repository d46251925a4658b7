package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/* Test vectors from POLIS-MATH 5.3 (Clojure's stats.clj). */
class SignificanceTests {

    @Test
    void proportionTestMatchesPolisForEightOfTen() {
        assertThat(Significance.proportionTest(8, 10)).isCloseTo(2.1105794, within(1e-7));
    }

    @Test
    void proportionTestWithoutVotesIsOne() {
        assertThat(Significance.proportionTest(0, 0)).isEqualTo(1.0);
    }

    @Test
    void twoProportionTestMatchesPolisForEightOfTenAgainstFiveOfTwenty() {
        assertThat(Significance.twoProportionTest(8, 5, 10, 20)).isCloseTo(2.8668437, within(1e-7));
    }

    @Test
    void twoProportionTestIsZeroWhenEveryoneAgrees() {
        assertThat(Significance.twoProportionTest(10, 20, 9, 19)).isZero();
    }

    @Test
    void smoothedShareAddsOneAgreeAndOneDisagree() {
        assertThat(Significance.smoothedShare(8, 10)).isEqualTo(9.0 / 12);
    }
}
