package org.gongshang.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.LinkedFollowUp;
import org.gongshang.followup.LinkedSurvey;
import org.gongshang.outcome.HandlingRecord;
import org.gongshang.outcome.RatingRound;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.ReplyGradeKind;
import org.gongshang.quality.Evidence;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;

/**
 * The measures of outcome transfer, satisfaction and follow-up: after the session, from the
 * recommendations made of it. A deadline not yet reached leaves a recommendation out (pending); one
 * passed without the act counts against. Plain Java.
 */
final class OutcomeMeasurements {

    private static final int TEXT = 30;

    private OutcomeMeasurements() {
    }

    static Measurement recommendationsMade(ConsultationFacts facts) {
        return Measurement.count(facts.recommendations().size(), facts.recommendations().stream()
                .map(r -> Evidence.of("made", link(r), text(r))).toList());
    }

    /** Transferred by the day N working days after the final minutes / (transferred + not transferred past that day). */
    static Measurement transferredInTime(ConsultationFacts facts) {
        LocalDate due = facts.transferDueOn();
        if (due == null) {
            return Measurement.none(List.of());
        }
        double inTime = 0;
        double counted = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : facts.recommendations()) {
            if (record.recommendation().source() != RecommendationSource.CONSULTATION) {
                continue;
            }
            LocalDate transferred = transferDay(record);
            if (transferred != null) {
                counted++;
                boolean kept = !transferred.isAfter(due);
                inTime += kept ? 1 : 0;
                evidence.add(Evidence.of(kept ? "transfer.in-time" : "transfer.late", link(record), text(record), transferred, due));
            } else if (record.recommendation().status() == RecommendationStatus.CLOSED) {
                evidence.add(Evidence.of("transfer.dropped", link(record), text(record)));
            } else if (facts.today().isAfter(due)) {
                counted++;
                evidence.add(Evidence.of("transfer.missing", link(record), text(record), due));
            } else {
                evidence.add(Evidence.of("transfer.pending", link(record), text(record), due));
            }
        }
        return Measurement.percent(inTime, counted, evidence);
    }

    /** Signed for (签收) by the signing deadline / (signed for + not signed for past it), of transferred ones. */
    static Measurement signedOnTime(ConsultationFacts facts) {
        return byDeadline(facts, "signed", record -> record.recommendation().signDueOn(),
                record -> record.firstDay(RecommendationStatus.ACCEPTED).orElse(null));
    }

    /** Latest reply by the current deadline / (replied + not replied past the deadline), of transferred ones. */
    static Measurement repliedOnTime(ConsultationFacts facts) {
        return byDeadline(facts, "replied", record -> record.recommendation().dueDate(), record -> record.replies().isEmpty()
                ? null : LocalDate.ofInstant(record.replies().getLast().at(), Zones.platform()));
    }

    /** Of the transferred recommendations with a deadline: done by it / (done + not done past it); pending ones left out. */
    private static Measurement byDeadline(ConsultationFacts facts, String act, Function<HandlingRecord, @Nullable LocalDate> dueOf,
            Function<HandlingRecord, @Nullable LocalDate> doneOn) {
        double inTime = 0;
        double counted = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : transferred(facts)) {
            LocalDate due = dueOf.apply(record);
            if (due == null) {
                continue;
            }
            LocalDate done = doneOn.apply(record);
            if (done != null) {
                counted++;
                boolean kept = !done.isAfter(due);
                inTime += kept ? 1 : 0;
                evidence.add(Evidence.of(act + (kept ? ".in-time" : ".late"), link(record), text(record), done, due));
            } else if (facts.today().isAfter(due)) {
                counted++;
                evidence.add(Evidence.of(act + ".missing", link(record), text(record), due));
            } else {
                evidence.add(Evidence.of(act + ".pending", link(record), text(record), due));
            }
        }
        return Measurement.percent(inTime, counted, evidence);
    }

    /** Mean points of the latest replies' grades: solved 100, being solved 50, for reference 0. */
    static Measurement replyGrade(ConsultationFacts facts) {
        double points = 0;
        double replied = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : facts.recommendations()) {
            ReplyGradeKind kind = record.latestGradeKind().orElse(null);
            if (kind == null) {
                continue;
            }
            replied++;
            points += switch (kind) {
                case SOLVED -> 100;
                case BEING_SOLVED -> 50;
                case FOR_REFERENCE -> 0;
            };
            evidence.add(Evidence.of("grade." + kind, link(record), text(record), record.replies().getLast().grade()));
        }
        return Measurement.mean(points, replied, evidence);
    }

    /** Closed (办结) after a reply / transferred. */
    static Measurement implemented(ConsultationFacts facts) {
        double closed = 0;
        List<HandlingRecord> transferred = transferred(facts);
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : transferred) {
            boolean done = record.recommendation().status() == RecommendationStatus.CLOSED && !record.replies().isEmpty();
            closed += done ? 1 : 0;
            evidence.add(Evidence.of(done ? "implemented.closed" : "implemented.open", link(record), text(record)));
        }
        return Measurement.percent(closed, transferred.size(), evidence);
    }

    /** (satisfied + basically satisfied) / ratings cast, in each recommendation's latest closed round. */
    static Measurement satisfactionRate(ConsultationFacts facts) {
        double content = 0;
        double cast = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : facts.recommendations()) {
            RatingRound round = record.latestRound().orElse(null);
            if (round == null || round.cast() == 0) {
                continue;
            }
            content += round.satisfied() + round.basicallySatisfied();
            cast += round.cast();
            evidence.add(Evidence.of("rating", link(record), text(record), round.satisfied(), round.basicallySatisfied(),
                    round.unsatisfied()));
        }
        return Measurement.percent(content, cast, evidence);
    }

    /** Mean of all answers to the rating questions (1–5) of the questionnaires on it and its recommendations. */
    static Measurement surveyRating(ConsultationFacts facts) {
        double sum = 0;
        double answers = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (LinkedSurvey survey : facts.surveys()) {
            Double average = survey.ratingAverage();
            if (average == null || survey.ratingAnswers() == 0) {
                continue;
            }
            sum += average * survey.ratingAnswers();
            answers += survey.ratingAnswers();
            evidence.add(Evidence.of("survey", "/surveys/" + survey.id() + "/results", survey.title(), survey.responses(),
                    Measurement.round(average)));
        }
        return Measurement.mean(sum, answers, evidence);
    }

    /** Sent back for re-handling at least once / replied at least once. */
    static Measurement rehandling(ConsultationFacts facts) {
        double rehandled = 0;
        double replied = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : facts.recommendations()) {
            if (record.replies().isEmpty()) {
                continue;
            }
            replied++;
            int rounds = record.recommendation().rehandlingRounds();
            if (rounds > 0) {
                rehandled++;
                evidence.add(Evidence.of("rehandled", link(record), text(record), rounds));
            }
        }
        return Measurement.percent(rehandled, replied, evidence);
    }

    /** Replied recommendations with at least one follow-up record / replied recommendations. */
    static Measurement followUpCoverage(ConsultationFacts facts) {
        double followed = 0;
        double replied = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (HandlingRecord record : facts.recommendations()) {
            if (record.replies().isEmpty()) {
                continue;
            }
            replied++;
            long id = record.recommendation().id();
            long records = facts.followUps().stream().filter(f -> f.recommendationIds().contains(id)).count();
            followed += records > 0 ? 1 : 0;
            evidence.add(Evidence.of(records > 0 ? "followed" : "not-followed", link(record), text(record), records));
        }
        return Measurement.percent(followed, replied, evidence);
    }

    /** Follow-up records on the consultation or its recommendations (every kind). */
    static Measurement followUpRecords(ConsultationFacts facts) {
        return Measurement.count(facts.followUps().size(), followUpEvidence(facts.followUps()));
    }

    /** Return visits and forums (座谈回访) on the consultation or its recommendations. */
    static Measurement returnVisits(ConsultationFacts facts) {
        List<LinkedFollowUp> visits = facts.followUps().stream().filter(f -> f.kind() == FollowUpKind.RETURN_VISIT).toList();
        return Measurement.count(visits.size(), followUpEvidence(visits));
    }

    private static List<Evidence> followUpEvidence(List<LinkedFollowUp> records) {
        return records.stream().map(f -> Evidence.of("follow-up." + f.kind(), "/follow-ups/" + f.id(), f.happenedOn())).toList();
    }

    private static List<HandlingRecord> transferred(ConsultationFacts facts) {
        return facts.recommendations().stream().filter(r -> transferDay(r) != null).toList();
    }

    private static @Nullable LocalDate transferDay(HandlingRecord record) {
        return record.firstDay(RecommendationStatus.TRANSFERRED).orElse(record.recommendation().transferredOn());
    }

    private static String link(HandlingRecord record) {
        return "/recommendations/" + record.recommendation().id();
    }

    private static String text(HandlingRecord record) {
        RecommendationView view = record.recommendation();
        String text = view.text().strip();
        return text.codePointCount(0, text.length()) <= TEXT ? text : text.substring(0, text.offsetByCodePoints(0, TEXT)) + "…";
    }
}
