package org.gongshang.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.gongshang.consultation.MaterialReading;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.Readiness;
import org.gongshang.consultation.ResearchTask;
import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.LinkedFollowUp;
import org.gongshang.followup.LinkedSurvey;
import org.gongshang.followup.SurveyStatus;
import org.gongshang.outcome.HandlingRecord;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.ReplyGradeKind;
import org.gongshang.quality.Evidence;
import org.gongshang.quality.Measure;
import org.junit.jupiter.api.Test;

/** Every measure's formula on small cases worked out by hand, and what counts as "nothing to measure yet". */
class MeasurementsTests {

    static final LocalDate TODAY = Facts.TODAY;

    @Test
    void briefingReadCountsReadersBeforeTheSessionOverExpectedReadersOfAllMaterials() {
        Facts facts = new Facts();
        facts.materials.add(new MaterialReading(1, "现状", 10, 6, 8));
        facts.materials.add(new MaterialReading(2, "方案", 10, 2, 9));

        Measurement m = Measurements.measure(Measure.BRIEFING_READ, facts.build());

        assertThat(m.value()).isEqualTo(40.0);
        assertThat(m.numerator()).isEqualTo(8.0);
        assertThat(m.denominator()).isEqualTo(20.0);
        assertThat(m.evidence()).extracting(Evidence::link).containsOnly("/consultations/1/preparation");
    }

    @Test
    void briefingReadWithoutMaterialsMeasuresNothing() {
        assertThat(Measurements.measure(Measure.BRIEFING_READ, new Facts().build()).value()).isNull();
    }

    @Test
    void leadTimeKeptCountsOnlyChecksWithADeadline() {
        Facts facts = new Facts();
        facts.readiness.add(new Readiness.Check("notice", true, TODAY, false));
        facts.readiness.add(new Readiness.Check("materials", true, TODAY, true));
        facts.readiness.add(new Readiness.Check("plan", false, null, false));

        Measurement m = Measurements.measure(Measure.LEAD_TIME_KEPT, facts.build());

        assertThat(m.value()).isEqualTo(50.0);
        assertThat(m.evidence()).extracting(Evidence::key).containsExactly("readiness.notice.kept", "readiness.materials.late");
    }

    @Test
    void researchDoneLeavesCancelledTasksOut() {
        Facts facts = new Facts();
        facts.research.add(task(ResearchTask.Status.REPORTED));
        facts.research.add(task(ResearchTask.Status.OPEN));
        facts.research.add(task(ResearchTask.Status.CANCELLED));

        assertThat(Measurements.measure(Measure.RESEARCH_DONE, facts.build()).value()).isEqualTo(50.0);
    }

    @Test
    void residentAttendanceIsResidentsAmongThoseCheckedIn() {
        Facts facts = new Facts().attendee(ParticipantCategory.RESIDENT).attendee(ParticipantCategory.RESIDENT)
                .attendee(ParticipantCategory.MEMBER).attendee(ParticipantCategory.CADRE).attendee(ParticipantCategory.MEMBER);

        ConsultationFacts built = facts.build();

        assertThat(Measurements.measure(Measure.RESIDENT_ATTENDANCE, built).value()).isEqualTo(40.0);
        assertThat(Measurements.measure(Measure.CATEGORIES_PRESENT, built).value()).isEqualTo(3.0);
        assertThat(Measurements.measure(Measure.MEMBERS_PRESENT, built).value()).isEqualTo(2.0);
    }

    @Test
    void attendanceMeasuresNothingBeforeAnyoneCame() {
        ConsultationFacts empty = new Facts().build();
        assertThat(Measurements.measure(Measure.RESIDENT_ATTENDANCE, empty).value()).isNull();
        assertThat(Measurements.measure(Measure.CATEGORIES_PRESENT, empty).value()).isNull();
        assertThat(Measurements.measure(Measure.MEMBERS_PRESENT, empty).value()).isNull();
    }

    @Test
    void residentSpeakingIsTheirSecondsOverAllSeconds() {
        Facts facts = new Facts().attendee(ParticipantCategory.RESIDENT).spoke(300)
                .attendee(ParticipantCategory.PARTY_GOV).spoke(500)
                .attendee(ParticipantCategory.RESIDENT).spoke(200);

        Measurement m = Measurements.measure(Measure.RESIDENT_SPEAKING, facts.build());

        assertThat(m.value()).isEqualTo(50.0);
        assertThat(m.numerator()).isEqualTo(500.0);
        assertThat(m.denominator()).isEqualTo(1000.0);
    }

    @Test
    void giniIsZeroWhenAllSpokeEquallyAndCountsTheSilent() {
        Facts even = new Facts().attendee(ParticipantCategory.RESIDENT).spoke(100).attendee(ParticipantCategory.MEMBER).spoke(100);
        // One of four spoke: Σ|xi − xj| = 6·100, 2·n²·μ = 2·16·25 → 0.75.
        Facts one = new Facts().attendee(ParticipantCategory.RESIDENT).attendee(ParticipantCategory.RESIDENT)
                .attendee(ParticipantCategory.RESIDENT).attendee(ParticipantCategory.MEMBER).spoke(100);

        assertThat(Measurements.measure(Measure.SPEAKING_GINI, even.build()).value()).isEqualTo(0.0);
        assertThat(Measurements.measure(Measure.SPEAKING_GINI, one.build()).value()).isEqualTo(0.75);
        assertThat(Measurements.measure(Measure.SPEAKING_GINI, new Facts().build()).value()).isNull();
    }

    @Test
    void opinionsPerParticipantAddsTheOnlineDeliberation() {
        Facts facts = new Facts().attendee(ParticipantCategory.RESIDENT).attendee(ParticipantCategory.MEMBER);
        facts.opinions = 3;
        facts.deliberationId = 7L;
        facts.onlineStatements = 5;
        facts.onlineParticipants = 6;

        Measurement m = Measurements.measure(Measure.OPINIONS_PER_PARTICIPANT, facts.build());

        assertThat(m.value()).isEqualTo(1.0);
        assertThat(m.evidence()).extracting(Evidence::link).contains("/deliberations/7");
    }

    @Test
    void recommendationsMadeCountsThemWithLinks() {
        Facts facts = new Facts().recommendation(Facts.recommendation(11).record())
                .recommendation(Facts.recommendation(12).record());

        Measurement m = Measurements.measure(Measure.RECOMMENDATIONS_MADE, facts.build());

        assertThat(m.value()).isEqualTo(2.0);
        assertThat(m.evidence()).extracting(Evidence::link).containsExactly("/recommendations/11", "/recommendations/12");
    }

    @Test
    void transferredInTimeCountsOverdueUntransferredAgainstAndLeavesPendingAndOtherSourcesOut() {
        Facts facts = new Facts();
        facts.transferDueOn = TODAY.minusDays(10);
        facts.recommendation(Facts.recommendation(1).transferred(TODAY.minusDays(12), TODAY, TODAY.plusDays(60)).record())
                .recommendation(Facts.recommendation(2).transferred(TODAY.minusDays(5), TODAY, TODAY.plusDays(60)).record())
                .recommendation(Facts.recommendation(3).record())
                .recommendation(Facts.recommendation(4).source(RecommendationSource.OTHER).record());

        Measurement m = Measurements.measure(Measure.TRANSFERRED_IN_TIME, facts.build());

        assertThat(m.numerator()).isEqualTo(1.0);
        assertThat(m.denominator()).isEqualTo(3.0);
        assertThat(m.value()).isEqualTo(33.33);
        assertThat(m.evidence()).extracting(Evidence::key).containsExactly("transfer.in-time", "transfer.late", "transfer.missing");
    }

    @Test
    void transferNotYetDueIsPendingAndWithoutFinalMinutesNothingIsMeasured() {
        Facts facts = new Facts();
        facts.transferDueOn = TODAY.plusDays(3);
        facts.recommendation(Facts.recommendation(1).record());

        assertThat(Measurements.measure(Measure.TRANSFERRED_IN_TIME, facts.build()).value()).isNull();
        facts.transferDueOn = null;
        assertThat(Measurements.measure(Measure.TRANSFERRED_IN_TIME, facts.build()).value()).isNull();
    }

    @Test
    void signedOnTimeComparesTheFirstSigningWithTheDeadline() {
        Facts facts = new Facts()
                .recommendation(Facts.recommendation(1).transferred(TODAY.minusDays(20), TODAY.minusDays(17), TODAY.plusDays(40))
                        .signed(TODAY.minusDays(18)).record())
                .recommendation(Facts.recommendation(2).transferred(TODAY.minusDays(20), TODAY.minusDays(17), TODAY.plusDays(40))
                        .signed(TODAY.minusDays(15)).record())
                .recommendation(Facts.recommendation(3).transferred(TODAY.minusDays(20), TODAY.minusDays(17), TODAY.plusDays(40))
                        .record())
                .recommendation(Facts.recommendation(4).transferred(TODAY.minusDays(1), TODAY.plusDays(2), TODAY.plusDays(60))
                        .record());

        Measurement m = Measurements.measure(Measure.SIGNED_ON_TIME, facts.build());

        assertThat(m.numerator()).isEqualTo(1.0);
        assertThat(m.denominator()).isEqualTo(3.0);
        assertThat(m.evidence()).extracting(Evidence::key)
                .containsExactly("signed.in-time", "signed.late", "signed.missing", "signed.pending");
    }

    @Test
    void repliedOnTimeUsesTheLatestReplyAndTheCurrentDeadline() {
        Facts facts = new Facts()
                .recommendation(Facts.recommendation(1).transferred(TODAY.minusDays(90), TODAY, TODAY.minusDays(5))
                        .replied(TODAY.minusDays(6), "A", ReplyGradeKind.SOLVED).record())
                .recommendation(Facts.recommendation(2).transferred(TODAY.minusDays(90), TODAY, TODAY.minusDays(5))
                        .replied(TODAY.minusDays(2), "B", ReplyGradeKind.BEING_SOLVED).record())
                .recommendation(Facts.recommendation(3).transferred(TODAY.minusDays(90), TODAY, TODAY.minusDays(5)).record())
                .recommendation(Facts.recommendation(4).transferred(TODAY.minusDays(9), TODAY, TODAY.plusDays(50)).record());

        Measurement m = Measurements.measure(Measure.REPLIED_ON_TIME, facts.build());

        assertThat(m.numerator()).isEqualTo(1.0);
        assertThat(m.denominator()).isEqualTo(3.0);
    }

    @Test
    void replyGradeGivesSolvedAHundredBeingSolvedFiftyAndForReferenceNothing() {
        Facts facts = new Facts()
                .recommendation(replied(1, "A", ReplyGradeKind.SOLVED))
                .recommendation(replied(2, "B", ReplyGradeKind.BEING_SOLVED))
                .recommendation(replied(3, "C", ReplyGradeKind.FOR_REFERENCE))
                .recommendation(Facts.recommendation(4).record());

        Measurement m = Measurements.measure(Measure.REPLY_GRADE, facts.build());

        assertThat(m.value()).isEqualTo(50.0);
        assertThat(m.denominator()).isEqualTo(3.0);
    }

    @Test
    void implementedIsClosedAfterAReplyOverTransferred() {
        Facts facts = new Facts()
                .recommendation(Facts.recommendation(1).transferred(TODAY.minusDays(90), TODAY, TODAY)
                        .replied(TODAY.minusDays(30), "A", ReplyGradeKind.SOLVED).closed(TODAY.minusDays(3)).record())
                .recommendation(Facts.recommendation(2).transferred(TODAY.minusDays(90), TODAY, TODAY)
                        .replied(TODAY.minusDays(30), "B", ReplyGradeKind.BEING_SOLVED).record())
                .recommendation(Facts.recommendation(3).closed(TODAY.minusDays(80)).record());

        assertThat(Measurements.measure(Measure.IMPLEMENTED, facts.build()).value()).isEqualTo(50.0);
    }

    @Test
    void satisfactionCountsBasicallySatisfiedInTheLatestRoundOnly() {
        Facts facts = new Facts()
                .recommendation(Facts.recommendation(1).rated(1, 1, 8).rated(6, 3, 1).record())
                .recommendation(Facts.recommendation(2).rated(2, 0, 0).record());

        Measurement m = Measurements.measure(Measure.SATISFACTION_RATE, facts.build());

        assertThat(m.numerator()).isEqualTo(11.0);
        assertThat(m.denominator()).isEqualTo(12.0);
        assertThat(m.value()).isEqualTo(91.67);
    }

    @Test
    void surveyRatingWeighsEachQuestionnaireByItsRatingAnswers() {
        Facts facts = new Facts();
        facts.surveys.add(new LinkedSurvey(1, "满意度", SurveyStatus.PUBLISHED, 12, 30, 4.0));
        facts.surveys.add(new LinkedSurvey(2, "回访", SurveyStatus.CLOSED, 5, 10, 3.0));
        facts.surveys.add(new LinkedSurvey(3, "无评分题", SurveyStatus.CLOSED, 5, 0, null));

        Measurement m = Measurements.measure(Measure.SURVEY_RATING, facts.build());

        assertThat(m.value()).isEqualTo(3.75);
        assertThat(m.evidence()).extracting(Evidence::link).containsExactly("/surveys/1/results", "/surveys/2/results");
    }

    @Test
    void rehandlingIsSentBackOverReplied() {
        Facts facts = new Facts()
                .recommendation(Facts.recommendation(1).replied(TODAY.minusDays(40), "C", ReplyGradeKind.FOR_REFERENCE)
                        .rehandled().replied(TODAY, "A", ReplyGradeKind.SOLVED).record())
                .recommendation(replied(2, "A", ReplyGradeKind.SOLVED))
                .recommendation(replied(3, "A", ReplyGradeKind.SOLVED))
                .recommendation(replied(4, "B", ReplyGradeKind.BEING_SOLVED));

        assertThat(Measurements.measure(Measure.REHANDLING, facts.build()).value()).isEqualTo(25.0);
    }

    @Test
    void followUpCoverageAndCountsByKind() {
        Facts facts = new Facts()
                .recommendation(replied(1, "A", ReplyGradeKind.SOLVED))
                .recommendation(replied(2, "B", ReplyGradeKind.BEING_SOLVED));
        facts.followUps.add(new LinkedFollowUp(31, FollowUpKind.RETURN_VISIT, TODAY, List.of(1L), null));
        facts.followUps.add(new LinkedFollowUp(32, FollowUpKind.UNANNOUNCED_VISIT, TODAY, List.of(1L), null));
        facts.followUps.add(new LinkedFollowUp(33, FollowUpKind.SURVEY, TODAY, List.of(), 1L));

        ConsultationFacts built = facts.build();

        assertThat(Measurements.measure(Measure.FOLLOW_UP_COVERAGE, built).value()).isEqualTo(50.0);
        assertThat(Measurements.measure(Measure.FOLLOW_UP_RECORDS, built).value()).isEqualTo(3.0);
        Measurement visits = Measurements.measure(Measure.RETURN_VISITS, built);
        assertThat(visits.value()).isEqualTo(1.0);
        assertThat(visits.evidence()).extracting(Evidence::link).containsExactly("/follow-ups/31");
    }

    @Test
    void panelScoreIsTheMeanOfEveryAnswer() {
        Facts facts = new Facts();
        facts.panel.add(List.of(5, 5, 4, 4, 5));
        facts.panel.add(List.of(3, 4, 4, 3, 4));

        Measurement m = Measurements.measure(Measure.PANEL_SCORE, facts.build());

        assertThat(m.value()).isEqualTo(4.1);
        assertThat(m.evidence()).hasSize(2);
        assertThat(Measurements.measure(Measure.PANEL_SCORE, new Facts().build()).value()).isNull();
    }

    private static HandlingRecord replied(long id, String grade, ReplyGradeKind kind) {
        return Facts.recommendation(id).transferred(TODAY.minusDays(90), TODAY, TODAY).replied(TODAY.minusDays(10), grade, kind)
                .record();
    }

    private static ResearchTask task(ResearchTask.Status status) {
        return new ResearchTask(1, 1, "走访", List.of(), TODAY, status, null, null, List.of());
    }
}
