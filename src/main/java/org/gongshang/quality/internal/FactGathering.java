package org.gongshang.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationMinutes;
import org.gongshang.consultation.Minutes;
import org.gongshang.consultation.Opinions;
import org.gongshang.consultation.Participants;
import org.gongshang.consultation.MaterialReadings;
import org.gongshang.consultation.Preparation;
import org.gongshang.consultation.Speaking;
import org.gongshang.deliberation.DeliberationView;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.followup.FollowUpEvidence;
import org.gongshang.outcome.HandlingRecord;
import org.gongshang.outcome.HandlingRecords;
import org.gongshang.quality.QualityProperties;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Reads what the other modules recorded about a consultation, through their APIs (never their
 * tables), into {@link ConsultationFacts}. Called when one of their events says something changed.
 */
@Component
class FactGathering {

    private final Preparation preparation;
    private final MaterialReadings readings;
    private final Participants participants;
    private final Speaking speaking;
    private final Opinions opinions;
    private final ConsultationMinutes minutes;
    private final Deliberations deliberations;
    private final HandlingRecords handling;
    private final FollowUpEvidence followUps;
    private final PanelInvitationRepository panel;
    private final WorkingDayCalendar calendar;
    private final QualityProperties properties;
    private final Clock clock;

    FactGathering(Preparation preparation, MaterialReadings readings, Participants participants, Speaking speaking, Opinions opinions,
            ConsultationMinutes minutes, Deliberations deliberations, HandlingRecords handling, FollowUpEvidence followUps,
            PanelInvitationRepository panel, WorkingDayCalendar calendar, QualityProperties properties, Clock clock) {
        this.preparation = preparation;
        this.readings = readings;
        this.participants = participants;
        this.speaking = speaking;
        this.opinions = opinions;
        this.minutes = minutes;
        this.deliberations = deliberations;
        this.handling = handling;
        this.followUps = followUps;
        this.panel = panel;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    ConsultationFacts of(Consultation consultation) {
        long id = consultation.id();
        LocalDate minutesFinalOn = minutes.latestFinal(id).map(Minutes::finalisedAt)
                .map(at -> LocalDate.ofInstant(at, Zones.platform())).orElse(null);
        LocalDate transferDueOn = minutesFinalOn == null ? null
                : calendar.plusWorkingDays(minutesFinalOn, properties.transferWorkingDays());
        DeliberationView online = consultation.deliberationId() == null ? null : deliberations.get(consultation.deliberationId());
        List<HandlingRecord> recommendations = handling.ofConsultation(id);
        List<Long> recommendationIds = recommendations.stream().map(r -> r.recommendation().id()).toList();
        List<List<Integer>> panelScores = panel.findByConsultationIdOrderById(id).stream()
                .filter(PanelInvitationAggregate::isAnswered).map(PanelInvitationAggregate::scores).toList();
        return new ConsultationFacts(id, consultation.startsAt(), consultation.deliberationId(),
                preparation.readiness(id).checks(), readings.of(id), preparation.researchTasks(id),
                participants.attendees(id), speaking.statistics(id), opinions.list(id).size(),
                online == null ? 0 : online.statements(), online == null ? 0 : online.participants(),
                minutesFinalOn, transferDueOn, recommendations, followUps.followUps(id, recommendationIds),
                followUps.surveys(id, recommendationIds), panelScores, LocalDate.now(clock.withZone(Zones.platform())));
    }
}
