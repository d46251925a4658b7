package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.consultation.SpeakingStatistics.Attendee;
import org.junit.jupiter.api.Test;

/** Gini coefficient and shares against hand-computed values. */
class SpeakingStatisticsTests {

    static final Instant T0 = Instant.parse("2026-12-10T02:00:00Z");
    long nextTurn = 1;

    Turn turn(long participant, ParticipantCategory category, int seconds) {
        Instant start = T0.plusSeconds(nextTurn * 1000);
        return new Turn(nextTurn++, 1, participant, "p" + participant, category, null, start, start.plusSeconds(seconds), 180, 0, 0);
    }

    @Test
    void giniIsZeroWhenEveryoneSpokeAlike() {
        assertThat(SpeakingStatistics.gini(List.of(60L, 60L, 60L, 60L))).isZero();
    }

    @Test
    void giniOfOneSpeakerAmongFourIsThreeQuarters() {
        // Σ|xi − xj| over ordered pairs = 3 × 2 × 10 = 60; 2 n² μ = 2 × 16 × 2.5 = 80.
        assertThat(SpeakingStatistics.gini(List.of(0L, 0L, 0L, 10L))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void giniOfOneTwoThreeFourIsAQuarter() {
        // Σ|xi − xj| over ordered pairs = 2 × (1+2+3+1+2+1) = 20; 2 n² μ = 80.
        assertThat(SpeakingStatistics.gini(List.of(4L, 1L, 3L, 2L))).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void giniOfNothingIsZero() {
        assertThat(SpeakingStatistics.gini(List.of())).isZero();
        assertThat(SpeakingStatistics.gini(List.of(0L, 0L))).isZero();
    }

    @Test
    void sharesByCategoryAgainstTheAttendees() {
        List<Turn> turns = List.of(turn(1, ParticipantCategory.RESIDENT, 90), turn(2, ParticipantCategory.RESIDENT, 30),
                turn(3, ParticipantCategory.MEMBER, 60), turn(4, ParticipantCategory.CADRE, 60));
        List<Attendee> attendees = List.of(new Attendee(1, ParticipantCategory.RESIDENT), new Attendee(2, ParticipantCategory.RESIDENT),
                new Attendee(3, ParticipantCategory.MEMBER), new Attendee(4, ParticipantCategory.CADRE),
                new Attendee(5, ParticipantCategory.EXPERT));

        SpeakingStatistics stats = SpeakingStatistics.of(turns, attendees, T0, 0.05);

        assertThat(stats.totalSeconds()).isEqualTo(240);
        assertThat(stats.byCategory().get(ParticipantCategory.RESIDENT)).isEqualTo(new SpeakingStatistics.CategoryTime(120, 0.5, 2));
        assertThat(stats.byCategory().get(ParticipantCategory.MEMBER).share()).isEqualTo(0.25);
        assertThat(stats.byCategory().get(ParticipantCategory.EXPERT)).isEqualTo(new SpeakingStatistics.CategoryTime(0, 0, 0));
        assertThat(stats.residentShare()).isEqualTo(0.5);
        assertThat(stats.attendeeResidentShare()).isEqualTo(0.4);
        assertThat(stats.residentsUnderheard()).isFalse();
        // Seconds per person 90, 30, 60, 60, 0: sorted 0, 30, 60, 60, 90; Σ(2i−n−1)x = −4·0 −2·30 +0·60 +2·60 +4·90 = 420;
        // G = 420 / (5 × 240) = 0.35.
        assertThat(stats.gini()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void residentsWhoSpeakLessThanTheirShareOfAttendeesAreFlagged() {
        List<Turn> turns = List.of(turn(1, ParticipantCategory.RESIDENT, 30), turn(4, ParticipantCategory.MEMBER, 270));
        List<Attendee> attendees = new ArrayList<>();
        for (long i = 1; i <= 3; i++) {
            attendees.add(new Attendee(i, ParticipantCategory.RESIDENT));
        }
        attendees.add(new Attendee(4, ParticipantCategory.MEMBER));
        attendees.add(new Attendee(5, ParticipantCategory.CADRE));

        SpeakingStatistics stats = SpeakingStatistics.of(turns, attendees, T0, 0.05);

        assertThat(stats.residentShare()).isEqualTo(0.1);
        assertThat(stats.attendeeResidentShare()).isEqualTo(0.6);
        assertThat(stats.residentsUnderheard()).isTrue();
    }

    @Test
    void aRunningTurnCountsUpToNow() {
        Turn running = new Turn(9, 1, 1, "p1", ParticipantCategory.RESIDENT, null, T0, null, 180, 0, 0);
        SpeakingStatistics stats = SpeakingStatistics.of(List.of(running), List.of(new Attendee(1, ParticipantCategory.RESIDENT)),
                T0.plusSeconds(42), 0.05);
        assertThat(stats.totalSeconds()).isEqualTo(42);
    }
}
