package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.gongshang.consultation.CheckInMethod;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationConcluded;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ConsultationMinutes;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Opinions;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.ParticipantStatus;
import org.gongshang.consultation.Participants;
import org.gongshang.consultation.MaterialReadings;
import org.gongshang.consultation.Preparation;
import org.gongshang.consultation.Readiness;
import org.gongshang.consultation.Speaking;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.followup.FollowUpEvidence;
import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.FollowUpRecorded;
import org.gongshang.followup.LinkedFollowUp;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.notification.Notices;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.HandlingRecord;
import org.gongshang.outcome.HandlingRecords;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationStatusChanged;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Reply;
import org.gongshang.outcome.ReplyGradeKind;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.support.ModuleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The quality module alone over its own tables: the other modules' APIs are mocked, their events are
 * published as they would be, and the evaluations follow.
 */
@ModuleTest
class QualityModuleTests {

    static final Instant STARTS = Instant.parse("2026-05-10T01:30:00Z");

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationClosing closing;

    @Autowired
    IndicatorSetEditing editing;

    @Autowired
    QualityAggregates aggregates;

    @MockitoBean
    Consultations consultations;
    @MockitoBean
    Preparation preparation;
    @MockitoBean
    MaterialReadings readings;
    @MockitoBean
    Participants participants;
    @MockitoBean
    Speaking speaking;
    @MockitoBean
    Opinions opinions;
    @MockitoBean
    ConsultationMinutes minutes;
    @MockitoBean
    Deliberations deliberations;
    @MockitoBean
    HandlingRecords handling;
    @MockitoBean
    FollowUpEvidence followUps;
    @MockitoBean
    Regions regions;
    @MockitoBean
    Organizations organizations;
    @MockitoBean
    Actors actors;
    @MockitoBean
    Notices notices;
    @MockitoBean
    Accounts accounts;

    long consultationId;
    long organizationId;
    String district;
    final Actor staff = new Actor(77, "王通川", List.of(new RoleGrant(1, Role.STAFF, 3L, "511702")), null);

    @BeforeEach
    void aConcludedConsultation() {
        // The module tests' database outlives a run: fresh ids and a fresh district each time.
        consultationId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        organizationId = consultationId + 1;
        district = "9" + (consultationId % 100_000 + 100_000);
        Consultation consultation = new Consultation(consultationId, "学校门口接送秩序怎么管", ConsultationKind.CPPCC_MICRO,
                ConsultationForm.OFFLINE, null, null, STARTS, organizationId, List.of(), district, null, true,
                ConsultationStatus.CONCLUDED, null, List.of(), null, STARTS, STARTS, STARTS.plusSeconds(7200), 1, STARTS);
        when(consultations.find(consultationId)).thenReturn(Optional.of(consultation));
        when(consultations.get(eq(consultationId), any())).thenReturn(consultation);
        when(regions.enclosing(district, RegionLevel.DISTRICT))
                .thenReturn(Optional.of(new Region(district, "测试区", RegionLevel.DISTRICT, "511700", true)));
        when(preparation.readiness(consultationId)).thenReturn(new Readiness(List.of()));
        List<Participant> attendees = new ArrayList<>();
        for (ParticipantCategory category : List.of(ParticipantCategory.RESIDENT, ParticipantCategory.RESIDENT,
                ParticipantCategory.MEMBER, ParticipantCategory.PARTY_GOV)) {
            attendees.add(new Participant(attendees.size() + 1, consultationId, null, "参与者", category,
                    ParticipantStatus.CONFIRMED, false, null, STARTS, CheckInMethod.MANUAL));
        }
        when(participants.attendees(consultationId)).thenReturn(attendees);
        when(speaking.statistics(consultationId)).thenReturn(SpeakingStatistics.of(List.of(), List.of(), STARTS, 0.1));
        when(actors.mayActIn(eq(staff), eq(district), any(Role[].class))).thenReturn(true);
    }

    @Test
    void concludingAConsultationBeginsItsEvaluationWithTheDefaultIndicators(Scenario scenario) {
        scenario.publish(concluded())
                .andWaitForEventOfType(EvaluationChanged.class)
                .matching(changed -> changed.consultationId() == consultationId)
                .toArriveAndVerify(changed -> {
                    QualityEvaluation evaluation = evaluations.find(consultationId).orElseThrow();
                    assertThat(evaluation.indicators()).hasSize(Measure.values().length);
                    assertThat(result(evaluation, Measure.RESIDENT_ATTENDANCE).value()).isEqualTo(50.0);
                    assertThat(result(evaluation, Measure.REPLIED_ON_TIME).measured()).isFalse();
                    assertThat(evaluation.status()).isEqualTo(EvaluationStatus.OPEN);
                    assertThat(changed.districtCode()).isEqualTo(district);
                    assertThat(changed.grade()).isEqualTo(evaluation.grade());
                });
    }

    @Test
    void aRecommendationRepliedIsMeasuredWhenItsStatusChanges(Scenario scenario) {
        scenario.publish(concluded()).andWaitForStateChange(() -> evaluations.find(consultationId));
        when(handling.ofConsultation(consultationId)).thenReturn(List.of(replied(501)));

        scenario.publish(new RecommendationStatusChanged(501, consultationId, district, RecommendationStatus.IN_PROGRESS,
                        RecommendationStatus.REPLIED, Instant.now()))
                .andWaitForStateChange(() -> result(evaluations.find(consultationId).orElseThrow(), Measure.REPLIED_ON_TIME).value())
                .andVerify(value -> assertThat(value).isEqualTo(100.0));
    }

    @Test
    void aFollowUpOfOneOfItsRecommendationsReachesTheConsultation(Scenario scenario) {
        scenario.publish(concluded()).andWaitForStateChange(() -> evaluations.find(consultationId));
        HandlingRecord record = replied(601);
        when(handling.find(601)).thenReturn(Optional.of(record));
        when(handling.ofConsultation(consultationId)).thenReturn(List.of(record));
        when(followUps.followUps(eq(consultationId), anyCollection()))
                .thenReturn(List.of(new LinkedFollowUp(91, FollowUpKind.RETURN_VISIT, LocalDate.now(), List.of(601L), null)));

        scenario.publish(new FollowUpRecorded(91, FollowUpKind.RETURN_VISIT, district, LocalDate.now(), List.of(601L), null, null, List.of()))
                .andWaitForStateChange(() -> result(evaluations.find(consultationId).orElseThrow(), Measure.RETURN_VISITS).value(),
                        visits -> visits != null && visits > 0)
                .andVerify(visits -> assertThat(visits).isEqualTo(1.0));
    }

    @Test
    void closingFreezesTheEvaluationAndIsAudited(Scenario scenario) {
        scenario.publish(concluded()).andWaitForStateChange(() -> evaluations.find(consultationId));

        scenario.stimulate(() -> closing.close(consultationId, staff))
                .andWaitForEventOfType(AuditRecord.class)
                .matching(record -> record.action().equals("quality.evaluation-closed"))
                .toArriveAndVerify((record, closed) -> {
                    assertThat(closed.status()).isEqualTo(EvaluationStatus.CLOSED);
                    assertThat(record.actorId()).isEqualTo(77L);
                });

        when(participants.attendees(consultationId)).thenReturn(List.of());
        closing.reopen(consultationId, staff);
        assertThat(closing.recompute(consultationId, staff).status()).isEqualTo(EvaluationStatus.OPEN);
        assertThat(result(evaluations.find(consultationId).orElseThrow(), Measure.RESIDENT_ATTENDANCE).measured()).isFalse();
    }

    @Test
    void rollUpsCountAnEvaluationOnceHoweverOftenItIsRecomputed(Scenario scenario) {
        scenario.publish(concluded()).andWaitForStateChange(() -> evaluations.find(consultationId));
        closing.recompute(consultationId, staff);
        when(participants.attendees(consultationId)).thenReturn(List.of());
        closing.recompute(consultationId, staff);

        Actor admin = new Actor(1, "系统管理员", List.of(new RoleGrant(2, Role.ADMIN, null, null)), null);
        List<QualityAggregate> byDistrict = aggregates.by(QualityAggregate.By.DISTRICT,
                new EvaluationFilter(2026, district, null, null, null), admin);

        assertThat(byDistrict).singleElement().satisfies(row -> {
            assertThat(row.evaluations()).isEqualTo(1);
            assertThat(row.meanScore()).isEqualTo(evaluations.find(consultationId).orElseThrow().score() == null ? null
                    : Math.round(evaluations.find(consultationId).orElseThrow().score() * 10) / 10.0);
        });
    }

    @Test
    void changingAnIndicatorComputesTheOpenEvaluationsOfTheSetAgain(Scenario scenario) {
        scenario.publish(concluded()).andWaitForStateChange(() -> evaluations.find(consultationId));
        QualityEvaluation before = evaluations.find(consultationId).orElseThrow();
        IndicatorResult attendance = result(before, Measure.RESIDENT_ATTENDANCE);
        assertThat(attendance.score()).isEqualTo(100.0);

        scenario.stimulate(() -> editing.change(before.indicatorSetId(), attendance.indicator().position(),
                        new IndicatorDraft("群众代表占比", Measure.RESIDENT_ATTENDANCE, 100.0, 6.0, true), staff))
                .andWaitForStateChange(() -> result(evaluations.find(consultationId).orElseThrow(), Measure.RESIDENT_ATTENDANCE).score(),
                        score -> score != null && score == 50.0)
                .andVerify(score -> assertThat(result(evaluations.find(consultationId).orElseThrow(), Measure.RESIDENT_ATTENDANCE)
                        .indicator().name()).isEqualTo("群众代表占比"));
    }

    private ConsultationConcluded concluded() {
        return new ConsultationConcluded(consultationId, List.of(), district, STARTS.plusSeconds(7200), LocalDate.of(2026, 5, 20));
    }

    private HandlingRecord replied(long id) {
        LocalDate today = LocalDate.now();
        RecommendationView view = new RecommendationView(id, "划定限时接送车位", RecommendationSource.CONSULTATION,
                RecommendationStatus.REPLIED, consultationId, null, district, true, 9L, List.of(), today.minusDays(20), 63,
                today.plusDays(40), today.minusDays(17), null, null, false, 0, false, 1, 0, null, null, EscalationLevel.NONE, 100,
                STARTS, null);
        return new HandlingRecord(view, List.of(), List.of(new Reply(1, 9, "A", "已办", 5, Instant.now())),
                List.of(ReplyGradeKind.SOLVED), List.of());
    }

    private static IndicatorResult result(QualityEvaluation evaluation, Measure measure) {
        return evaluation.indicators().stream().filter(r -> r.indicator().measure() == measure).findFirst().orElseThrow();
    }
}
