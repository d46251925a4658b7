package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: allowed exactly when the table says so. */
class TopicStatusTests {

    static final Map<TopicStatus, Set<TopicStatus>> ALLOWED = Map.of(
            TopicStatus.SUBMITTED, EnumSet.of(TopicStatus.ACCEPTED, TopicStatus.DECLINED, TopicStatus.MERGED),
            TopicStatus.ACCEPTED, EnumSet.of(TopicStatus.PLANNED, TopicStatus.IN_CONSULTATION, TopicStatus.MERGED),
            TopicStatus.PLANNED, EnumSet.of(TopicStatus.ACCEPTED, TopicStatus.IN_CONSULTATION),
            TopicStatus.IN_CONSULTATION, EnumSet.of(TopicStatus.CONSULTED),
            TopicStatus.DECLINED, EnumSet.noneOf(TopicStatus.class),
            TopicStatus.MERGED, EnumSet.noneOf(TopicStatus.class),
            TopicStatus.CONSULTED, EnumSet.noneOf(TopicStatus.class));

    @ParameterizedTest
    @EnumSource(TopicStatus.class)
    void eachStatusMovesOnlyWhereTheTableAllows(TopicStatus from) {
        for (TopicStatus to : TopicStatus.values()) {
            assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
        assertThat(from.next()).isEqualTo(ALLOWED.get(from));
    }

    @Test
    void noStatusStaysWhereItIs() {
        for (TopicStatus status : TopicStatus.values()) {
            assertThat(status.canBecome(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void onlySubmittedAndAcceptedTopicsTakeCoSigns() {
        assertThat(EnumSet.allOf(TopicStatus.class).stream().filter(TopicStatus::isOpenForSupport))
                .containsExactlyInAnyOrder(TopicStatus.SUBMITTED, TopicStatus.ACCEPTED);
    }

    @Test
    void declinedAndMergedTopicsAreNotPublic() {
        assertThat(EnumSet.allOf(TopicStatus.class).stream().filter(s -> !s.isPublic()))
                .containsExactlyInAnyOrder(TopicStatus.DECLINED, TopicStatus.MERGED);
    }
}
