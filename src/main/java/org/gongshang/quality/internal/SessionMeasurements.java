package org.gongshang.quality.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.MaterialReading;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.Readiness;
import org.gongshang.consultation.ResearchTask;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.quality.Evidence;

/** The measures of preparation, participation, voice and the panel: before and in the session. Plain Java. */
final class SessionMeasurements {

    private SessionMeasurements() {
    }

    /** Σ expected participants who read a material before the session / Σ expected participants, over all materials. */
    static Measurement briefingRead(ConsultationFacts facts) {
        String link = preparation(facts);
        double read = 0;
        double expected = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (MaterialReading material : facts.materials()) {
            read += material.readBeforeSession();
            expected += material.expected();
            evidence.add(Evidence.of("material", link, material.title(), material.readBeforeSession(), material.expected()));
        }
        return Measurement.percent(read, expected, evidence);
    }

    /** Lead-time checks (notice, materials) done by their day / lead-time checks. */
    static Measurement leadTimeKept(ConsultationFacts facts) {
        String link = preparation(facts);
        double kept = 0;
        double checks = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (Readiness.Check check : facts.readiness()) {
            if (check.dueOn() == null) {
                continue;
            }
            checks++;
            String state = !check.done() ? "missing" : check.late() ? "late" : "kept";
            if (check.done() && !check.late()) {
                kept++;
            }
            evidence.add(Evidence.of("readiness." + check.key() + "." + state, link, check.dueOn()));
        }
        return Measurement.percent(kept, checks, evidence);
    }

    /** Research tasks reported / research tasks not cancelled. */
    static Measurement researchDone(ConsultationFacts facts) {
        String link = preparation(facts);
        double reported = 0;
        double tasks = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (ResearchTask task : facts.researchTasks()) {
            if (task.status() == ResearchTask.Status.CANCELLED) {
                continue;
            }
            tasks++;
            boolean done = task.status() == ResearchTask.Status.REPORTED;
            if (done) {
                reported++;
            }
            evidence.add(Evidence.of(done ? "research.reported" : "research.open", link, task.title(), task.dueOn()));
        }
        return Measurement.percent(reported, tasks, evidence);
    }

    /** Residents checked in / everyone checked in. */
    static Measurement residentAttendance(ConsultationFacts facts) {
        Map<ParticipantCategory, Integer> present = present(facts);
        return Measurement.percent(present.getOrDefault(ParticipantCategory.RESIDENT, 0), facts.attendees().size(),
                attendanceEvidence(facts, present));
    }

    /** Categories with at least one person checked in (of the seven); nothing to measure before anyone came. */
    static Measurement categoriesPresent(ConsultationFacts facts) {
        Map<ParticipantCategory, Integer> present = present(facts);
        return facts.attendees().isEmpty() ? Measurement.none(List.of())
                : Measurement.count(present.size(), attendanceEvidence(facts, present));
    }

    /** CPPCC members checked in. */
    static Measurement membersPresent(ConsultationFacts facts) {
        int members = present(facts).getOrDefault(ParticipantCategory.MEMBER, 0);
        return facts.attendees().isEmpty() ? Measurement.none(List.of())
                : Measurement.count(members, List.of(Evidence.of("attendance.MEMBER", roster(facts), members)));
    }

    /** Residents' seconds of speaking / all seconds of speaking. */
    static Measurement residentSpeaking(ConsultationFacts facts) {
        SpeakingStatistics speaking = facts.speaking();
        double residents = speaking.byCategory().containsKey(ParticipantCategory.RESIDENT)
                ? speaking.byCategory().get(ParticipantCategory.RESIDENT).seconds() : 0;
        return Measurement.percent(residents, speaking.totalSeconds(), speakingEvidence(facts));
    }

    /** Gini coefficient of speaking time over the attendees and anyone else who spoke: Σ|xi − xj| / (2n²μ). */
    static Measurement speakingGini(ConsultationFacts facts) {
        SpeakingStatistics speaking = facts.speaking();
        if (speaking.totalSeconds() == 0) {
            return Measurement.none(List.of());
        }
        return new Measurement(Measurement.round(speaking.gini()), null, null,
                List.of(Evidence.of("gini", console(facts), facts.attendees().size(), Measurement.round(speaking.gini()))));
    }

    /** (opinions recorded + online statements) / (people checked in + online participants). */
    static Measurement opinionsPerParticipant(ConsultationFacts facts) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of("opinions", "/consultations/" + facts.consultationId() + "/minutes", facts.opinions(),
                facts.attendees().size()));
        if (facts.deliberationId() != null) {
            evidence.add(Evidence.of("online", "/deliberations/" + facts.deliberationId(), facts.onlineStatements(),
                    facts.onlineParticipants()));
        }
        return Measurement.mean(facts.opinions() + facts.onlineStatements(),
                facts.attendees().size() + facts.onlineParticipants(), evidence);
    }

    /** Mean of every answer (1–5) of every assessor who answered. */
    static Measurement panelScore(ConsultationFacts facts) {
        String link = "/quality/consultations/" + facts.consultationId() + "/panel";
        double sum = 0;
        double count = 0;
        List<Evidence> evidence = new ArrayList<>();
        int assessor = 0;
        for (List<Integer> answers : facts.panelScores()) {
            int own = answers.stream().mapToInt(Integer::intValue).sum();
            sum += own;
            count += answers.size();
            evidence.add(Evidence.of("panel", link, ++assessor, answers.isEmpty() ? 0 : Measurement.round((double) own / answers.size())));
        }
        return Measurement.mean(sum, count, evidence);
    }

    private static Map<ParticipantCategory, Integer> present(ConsultationFacts facts) {
        Map<ParticipantCategory, Integer> present = new EnumMap<>(ParticipantCategory.class);
        for (Participant attendee : facts.attendees()) {
            present.merge(attendee.category(), 1, Integer::sum);
        }
        return present;
    }

    private static List<Evidence> attendanceEvidence(ConsultationFacts facts, Map<ParticipantCategory, Integer> present) {
        String link = roster(facts);
        return present.entrySet().stream().map(e -> Evidence.of("attendance." + e.getKey(), link, e.getValue())).toList();
    }

    private static List<Evidence> speakingEvidence(ConsultationFacts facts) {
        String link = console(facts);
        List<Evidence> evidence = new ArrayList<>();
        facts.speaking().byCategory().entrySet().stream()
                .filter(e -> e.getValue().seconds() > 0)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> evidence.add(Evidence.of("speaking." + e.getKey(), link, e.getValue().seconds(),
                        Measurement.round(100 * e.getValue().share()))));
        return evidence;
    }

    private static String preparation(ConsultationFacts facts) {
        return "/consultations/" + facts.consultationId() + "/preparation";
    }

    private static String roster(ConsultationFacts facts) {
        return "/consultations/" + facts.consultationId() + "/roster";
    }

    private static String console(ConsultationFacts facts) {
        return "/consultations/" + facts.consultationId() + "/console";
    }
}
