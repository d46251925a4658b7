package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshang.consultation.ConsultationStatus.CANCELLED;
import static org.gongshang.consultation.ConsultationStatus.CONCLUDED;
import static org.gongshang.consultation.ConsultationStatus.IN_SESSION;
import static org.gongshang.consultation.ConsultationStatus.POSTPONED;
import static org.gongshang.consultation.ConsultationStatus.PREPARING;
import static org.gongshang.consultation.ConsultationStatus.SCHEDULED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every pair of statuses: allowed exactly when the table says so; reasons for postponing and cancelling. */
class ConsultationStatusTests {

    static final Map<ConsultationStatus, Set<ConsultationStatus>> ALLOWED = Map.of(
            PREPARING, Set.of(SCHEDULED, CANCELLED),
            SCHEDULED, Set.of(IN_SESSION, POSTPONED, CANCELLED),
            POSTPONED, Set.of(SCHEDULED, CANCELLED),
            IN_SESSION, Set.of(CONCLUDED),
            CONCLUDED, Set.of(),
            CANCELLED, Set.of());

    static Consultation in(ConsultationStatus status) {
        return new Consultation(1, "加装电梯", ConsultationKind.CPPCC_MICRO, ConsultationForm.OFFLINE, VenueType.COMMUNITY_HALL,
                "议事厅", Instant.parse("2026-12-10T02:00:00Z"), 1, List.of(), "511702", null, true, status, null, List.of(7L),
                null, null, null, null, 1, Instant.parse("2026-11-01T00:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(ConsultationStatus.class)
    void eachStatusMovesExactlyToItsAllowedSuccessors(ConsultationStatus from) {
        for (ConsultationStatus to : ConsultationStatus.values()) {
            boolean allowed = ALLOWED.get(from).contains(to);
            assertThat(from.mayMoveTo(to)).as(from + " → " + to).isEqualTo(allowed);
            if (allowed) {
                Consultation moved = in(from).moveTo(to, "天气原因", Instant.parse("2026-12-01T00:00:00Z"));
                assertThat(moved.status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> in(from).moveTo(to, "天气原因", Instant.now()))
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                            assertThat(e.messageKey()).isEqualTo("consultation.status.not-allowed");
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ConsultationStatus.class, names = {"POSTPONED", "CANCELLED"})
    void postponingAndCancellingNeedAReason(ConsultationStatus target) {
        assertThatThrownBy(() -> in(SCHEDULED).moveTo(target, "  ", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems().getFirst().field()).isEqualTo("reason"));
        assertThat(in(SCHEDULED).moveTo(target, " 场地被占用 ", Instant.now()).statusReason()).isEqualTo("场地被占用");
    }

    @Test
    void theMomentsOfTheLifeAreKept() {
        Instant scheduled = Instant.parse("2026-12-01T00:00:00Z");
        Instant started = Instant.parse("2026-12-10T02:00:00Z");
        Instant ended = Instant.parse("2026-12-10T04:00:00Z");
        Consultation done = in(PREPARING).moveTo(SCHEDULED, null, scheduled).moveTo(IN_SESSION, null, started)
                .moveTo(CONCLUDED, null, ended);
        assertThat(done.scheduledAt()).isEqualTo(scheduled);
        assertThat(done.startedAt()).isEqualTo(started);
        assertThat(done.concludedAt()).isEqualTo(ended);
    }

    @Test
    void aPostponedConsultationIsScheduledAgainAndLosesItsReason() {
        Consultation again = in(SCHEDULED).moveTo(POSTPONED, "暴雨", Instant.now()).moveTo(SCHEDULED, null, Instant.now());
        assertThat(again.statusReason()).isNull();
    }
}
