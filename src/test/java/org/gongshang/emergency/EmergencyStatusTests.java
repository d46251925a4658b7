package org.gongshang.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: exactly the moves of the table, no others. */
class EmergencyStatusTests {

    static final Map<EmergencyStatus, Set<EmergencyStatus>> ALLOWED = Map.of(
            EmergencyStatus.REPORTED, EnumSet.of(EmergencyStatus.OPEN, EmergencyStatus.MERGED, EmergencyStatus.DECLINED),
            EmergencyStatus.OPEN, EnumSet.of(EmergencyStatus.RESOLVED, EmergencyStatus.MERGED),
            EmergencyStatus.RESOLVED, EnumSet.of(EmergencyStatus.REVIEWED),
            EmergencyStatus.REVIEWED, EnumSet.noneOf(EmergencyStatus.class),
            EmergencyStatus.MERGED, EnumSet.noneOf(EmergencyStatus.class),
            EmergencyStatus.DECLINED, EnumSet.noneOf(EmergencyStatus.class));

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void eachStatusMovesExactlyAsTheTableSays(EmergencyStatus from) {
        for (EmergencyStatus to : EmergencyStatus.values()) {
            assertThat(from.mayMoveTo(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void onlyReportedAndOpenEventsAreActiveAndOnlyMergedAndDeclinedOnesAreWithdrawn(EmergencyStatus status) {
        assertThat(status.isActive()).isEqualTo(status == EmergencyStatus.REPORTED || status == EmergencyStatus.OPEN);
        assertThat(status.isWithdrawn()).isEqualTo(status == EmergencyStatus.MERGED || status == EmergencyStatus.DECLINED);
    }

    @ParameterizedTest
    @EnumSource(EscalationLevel.class)
    void escalationOnlyGoesUpOneLevelAndStopsAtTheCity(EscalationLevel level) {
        assertThat(level.above()).isEqualTo(level == EscalationLevel.CITY ? Optional.empty()
                : Optional.of(EscalationLevel.values()[level.ordinal() + 1]));
    }
}
