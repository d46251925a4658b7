package org.gongshang.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.consultation.MaterialReading;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.Readiness;
import org.gongshang.consultation.ResearchTask;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.followup.LinkedFollowUp;
import org.gongshang.followup.LinkedSurvey;
import org.gongshang.outcome.HandlingRecord;
import org.jspecify.annotations.Nullable;

/**
 * What the other modules recorded about one consultation, gathered through their APIs when one of
 * their events says something changed: the input of every {@link Measurements measurement}.
 *
 * @param transferDueOn recommendations count as transferred in time until this day (minutes final + N working days)
 * @param deliberationId the online deliberation linked to it, if any
 * @param opinions opinions recorded in the session
 * @param onlineStatements and {@code onlineParticipants}: of the online deliberation linked to it, if any
 * @param panelScores each assessor's answers (1–5) who has answered
 */
public record ConsultationFacts(long consultationId, Instant startsAt, @Nullable Long deliberationId, List<Readiness.Check> readiness,
        List<MaterialReading> materials, List<ResearchTask> researchTasks, List<Participant> attendees,
        SpeakingStatistics speaking, int opinions, int onlineStatements, int onlineParticipants,
        @Nullable LocalDate minutesFinalOn, @Nullable LocalDate transferDueOn, List<HandlingRecord> recommendations,
        List<LinkedFollowUp> followUps, List<LinkedSurvey> surveys, List<List<Integer>> panelScores, LocalDate today) {

    public ConsultationFacts {
        readiness = List.copyOf(readiness);
        materials = List.copyOf(materials);
        researchTasks = List.copyOf(researchTasks);
        attendees = List.copyOf(attendees);
        recommendations = List.copyOf(recommendations);
        followUps = List.copyOf(followUps);
        surveys = List.copyOf(surveys);
        panelScores = panelScores.stream().map(List::copyOf).toList();
    }
}
