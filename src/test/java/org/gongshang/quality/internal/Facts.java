package org.gongshang.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.consultation.CheckInMethod;
import org.gongshang.consultation.MaterialReading;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.ParticipantStatus;
import org.gongshang.consultation.Readiness;
import org.gongshang.consultation.ResearchTask;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.consultation.Turn;
import org.gongshang.followup.LinkedFollowUp;
import org.gongshang.followup.LinkedSurvey;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.HandlingRecord;
import org.gongshang.outcome.RatingRound;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Reply;
import org.gongshang.outcome.ReplyGradeKind;
import org.gongshang.outcome.SatisfactionResult;
import org.gongshang.outcome.StatusChange;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;

/** A builder of {@link ConsultationFacts} for the measurement tests: nothing recorded until a test adds it. */
final class Facts {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Instant STARTS = ZonedDateTime.of(2026, 5, 10, 9, 30, 0, 0, Zones.platform()).toInstant();

    List<Readiness.Check> readiness = new ArrayList<>();
    List<MaterialReading> materials = new ArrayList<>();
    List<ResearchTask> research = new ArrayList<>();
    List<Participant> attendees = new ArrayList<>();
    List<Turn> turns = new ArrayList<>();
    int opinions;
    @Nullable Long deliberationId;
    int onlineStatements;
    int onlineParticipants;
    @Nullable LocalDate minutesFinalOn;
    @Nullable LocalDate transferDueOn;
    List<HandlingRecord> recommendations = new ArrayList<>();
    List<LinkedFollowUp> followUps = new ArrayList<>();
    List<LinkedSurvey> surveys = new ArrayList<>();
    List<List<Integer>> panel = new ArrayList<>();
    private long ids = 1;

    Facts attendee(ParticipantCategory category) {
        attendees.add(new Participant(ids++, 1, null, "参与者" + ids, category, ParticipantStatus.CONFIRMED, false, null,
                STARTS, CheckInMethod.MANUAL));
        return this;
    }

    /** A turn of the last attendee added. */
    Facts spoke(long seconds) {
        Participant speaker = attendees.getLast();
        turns.add(new Turn(ids++, 1, speaker.id(), speaker.name(), speaker.category(), null, STARTS, STARTS.plusSeconds(seconds),
                (int) seconds, 0, 0));
        return this;
    }

    Facts recommendation(HandlingRecord record) {
        recommendations.add(record);
        return this;
    }

    ConsultationFacts build() {
        List<SpeakingStatistics.Attendee> present = attendees.stream()
                .map(p -> new SpeakingStatistics.Attendee(p.id(), p.category())).toList();
        return new ConsultationFacts(1, STARTS, deliberationId, readiness, materials, research, attendees,
                SpeakingStatistics.of(turns, present, STARTS.plusSeconds(86_400), 0.1), opinions, onlineStatements,
                onlineParticipants, minutesFinalOn, transferDueOn, recommendations, followUps, surveys, panel, TODAY);
    }

    /** A recommendation and what happened to it, in the order of the history given. */
    static Recommendation recommendation(long id) {
        return new Recommendation(id);
    }

    static final class Recommendation {
        private final long id;
        private RecommendationStatus status = RecommendationStatus.DRAFT;
        private RecommendationSource source = RecommendationSource.CONSULTATION;
        private @Nullable LocalDate transferredOn;
        private @Nullable LocalDate signDueOn;
        private @Nullable LocalDate dueDate;
        private int rehandlingRounds;
        private final List<StatusChange> history = new ArrayList<>();
        private final List<Reply> replies = new ArrayList<>();
        private final List<@Nullable ReplyGradeKind> kinds = new ArrayList<>();
        private final List<RatingRound> rounds = new ArrayList<>();

        Recommendation(long id) {
            this.id = id;
            history.add(new StatusChange(null, RecommendationStatus.DRAFT, null, STARTS, null, 1));
        }

        Recommendation source(RecommendationSource from) {
            source = from;
            return this;
        }

        Recommendation transferred(LocalDate on, LocalDate signDue, LocalDate due) {
            transferredOn = on;
            signDueOn = signDue;
            dueDate = due;
            return moved(RecommendationStatus.TRANSFERRED, on);
        }

        Recommendation signed(LocalDate on) {
            return moved(RecommendationStatus.ACCEPTED, on);
        }

        Recommendation replied(LocalDate on, String grade, ReplyGradeKind kind) {
            replies.add(new Reply(replies.size() + 1, 9, grade, "答复", 5, at(on)));
            kinds.add(kind);
            return moved(RecommendationStatus.REPLIED, on);
        }

        Recommendation rated(int satisfied, int basically, int unsatisfied) {
            rounds.add(new RatingRound(rounds.size() + 1, SatisfactionResult.SATISFIED, satisfied, basically,
                    unsatisfied, null, STARTS));
            return this;
        }

        Recommendation rehandled() {
            rehandlingRounds++;
            return moved(RecommendationStatus.REHANDLING, TODAY.minusDays(1));
        }

        Recommendation closed(LocalDate on) {
            return moved(RecommendationStatus.CLOSED, on);
        }

        private Recommendation moved(RecommendationStatus to, LocalDate on) {
            history.add(new StatusChange(status, to, null, at(on), null, 1));
            status = to;
            return this;
        }

        HandlingRecord record() {
            RecommendationView view = new RecommendationView(id, "建议" + id, source, status, 1L, null, "511702", true, 9L,
                    List.of(), transferredOn, 63, dueDate, signDueOn, null, null, false, 0, false, 1, rehandlingRounds, null,
                    null, EscalationLevel.NONE, 0, STARTS, null);
            return new HandlingRecord(view, history, replies, kinds, rounds);
        }

        private static Instant at(LocalDate day) {
            return day.atTime(10, 0).atZone(Zones.platform()).toInstant();
        }
    }
}
