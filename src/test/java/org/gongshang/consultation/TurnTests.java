package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;

class TurnTests {

    static final Instant START = Instant.parse("2026-12-10T02:00:00Z");

    static Turn running() {
        return new Turn(1, 1, 1, "李明", ParticipantCategory.RESIDENT, null, START, null, 180, 0, 0);
    }

    @Test
    void aTurnEndsAfterItsPlannedLengthPlusExtensions() {
        Turn extended = running().extend(1, 2).extend(2, 2);
        assertThat(extended.endsAt()).isEqualTo(START.plusSeconds(180 + 180));
        assertThat(extended.extensions()).isEqualTo(2);
    }

    @Test
    void extendingByThreeMinutesIsRefused() {
        assertThatThrownBy(() -> running().extend(3, 2)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
        assertThatThrownBy(() -> running().extend(0, 2)).isInstanceOf(DomainException.class);
    }

    @Test
    void aTurnIsExtendedAtMostTheConfiguredNumberOfTimes() {
        Turn twice = running().extend(1, 2).extend(1, 2);
        assertThatThrownBy(() -> twice.extend(1, 2)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("consultation.turn.extensions-used"));
    }

    @Test
    void anEndedTurnIsNeitherEndedAgainNorExtended() {
        Turn ended = running().end(START.plusSeconds(95));
        assertThat(ended.spokenSeconds(START.plusSeconds(1000))).isEqualTo(95);
        assertThatThrownBy(() -> ended.end(START.plusSeconds(100))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> ended.extend(1, 2)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("consultation.turn.ended"));
    }
}
