package org.gongshang.member.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongshang.consultation.ParticipantCheckedIn;
import org.gongshang.consultation.ResearchTaskReported;
import org.gongshang.consultation.TurnStarted;
import org.gongshang.deliberation.DeliberationJoined;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.followup.FollowUpRecorded;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutyRecording;
import org.gongshang.member.GridVisitRecorded;
import org.gongshang.member.ReceptionRecorded;
import org.gongshang.member.ShiftServed;
import org.gongshang.outcome.RecommendationRated;
import org.gongshang.outcome.RecommendationTransferred;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Recommendations;
import org.gongshang.shared.Zones;
import org.gongshang.topic.Decision;
import org.gongshang.topic.TopicScreened;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicSubmitted;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Members' duty records, collected from what already happens: attendance and speaking at
 * consultations, topics recommended and accepted, research done, station shifts served,
 * receptions, grid visits, follow-up visits, recommendations adopted, replies rated,
 * deliberations joined. Each source counts once (its key), however often its event arrives.
 */
@Component
class DutyRecorder {

    private final DutyRecording recording;
    private final Topics topics;
    private final Recommendations recommendations;
    private final Deliberations deliberations;
    private final Clock clock;

    DutyRecorder(DutyRecording recording, Topics topics, Recommendations recommendations, Deliberations deliberations, Clock clock) {
        this.recording = recording;
        this.topics = topics;
        this.recommendations = recommendations;
        this.deliberations = deliberations;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ParticipantCheckedIn checkedIn) {
        recording.countForAccount(checkedIn.accountId(), DutyActivity.CONSULTATION_ATTENDED, day(checkedIn.at()),
                "consultation:" + checkedIn.consultationId() + ":attended", checkedIn.title());
    }

    /** One speaking record per consultation, however many turns. */
    @ApplicationModuleListener
    void on(TurnStarted turn) {
        if (turn.accountId() != null) {
            recording.countForAccount(turn.accountId(), DutyActivity.CONSULTATION_SPOKE, day(turn.at()),
                    "consultation:" + turn.consultationId() + ":spoke", turn.title());
        }
    }

    @ApplicationModuleListener
    void on(TopicSubmitted submitted) {
        if (submitted.source() == TopicSource.MEMBER) {
            recording.countForAccount(submitted.submittedBy(), DutyActivity.TOPIC_RECOMMENDED, today(),
                    "topic:" + submitted.topicId() + ":recommended", submitted.title());
        }
    }

    @ApplicationModuleListener
    void on(TopicScreened screened) {
        if (screened.decision() != Decision.ACCEPT) {
            return;
        }
        topics.find(screened.topicId()).filter(topic -> topic.source() == TopicSource.MEMBER).ifPresent(topic ->
                recording.countForAccount(topic.submittedBy(), DutyActivity.TOPIC_ACCEPTED, today(),
                        "topic:" + topic.id() + ":accepted", topic.title()));
    }

    @ApplicationModuleListener
    void on(ResearchTaskReported reported) {
        reported.assigneeAccountIds().forEach(account -> recording.countForAccount(account, DutyActivity.RESEARCH_COMPLETED,
                day(reported.at()), "research:" + reported.taskId(), reported.title()));
    }

    @ApplicationModuleListener
    void on(ShiftServed served) {
        recording.countForMember(served.memberId(), DutyActivity.STATION_SHIFT, served.day(), "shift-duty:" + served.dutyId(),
                served.stationName());
    }

    @ApplicationModuleListener
    void on(ReceptionRecorded recorded) {
        recording.countForMember(recorded.memberId(), DutyActivity.RECEPTION, recorded.day(), "reception:" + recorded.receptionId(),
                recorded.stationName());
    }

    @ApplicationModuleListener
    void on(GridVisitRecorded recorded) {
        recording.countForMember(recorded.memberId(), DutyActivity.GRID_VISIT, recorded.visitedOn(), "visit:" + recorded.visitId(),
                recorded.gridName());
    }

    @ApplicationModuleListener
    void on(FollowUpRecorded recorded) {
        recorded.participantAccountIds().forEach(account -> recording.countForAccount(account, DutyActivity.FOLLOW_UP,
                recorded.happenedOn(), "follow-up:" + recorded.followUpId(), recorded.kind().name()));
    }

    /** A recommendation transferred (交办) from a topic a member recommended: adopted. */
    @ApplicationModuleListener
    void on(RecommendationTransferred transferred) {
        recommendations.find(transferred.recommendationId()).map(RecommendationView::topicId)
                .flatMap(topics::find).filter(topic -> topic.source() == TopicSource.MEMBER)
                .ifPresent((TopicView topic) -> recording.countForAccount(topic.submittedBy(), DutyActivity.RECOMMENDATION_ADOPTED,
                        today(), "recommendation:" + transferred.recommendationId() + ":adopted", transferred.text()));
    }

    @ApplicationModuleListener
    void on(RecommendationRated rated) {
        recording.countForAccount(rated.accountId(), DutyActivity.REPLY_RATED, day(rated.at()),
                "rating:" + rated.recommendationId() + ":" + rated.handlingRound(), rated.text());
    }

    @ApplicationModuleListener
    void on(DeliberationJoined joined) {
        String question = deliberations.get(joined.deliberationId()).question();
        recording.countForAccount(joined.accountId(), DutyActivity.DELIBERATION_JOINED, day(joined.at()),
                "deliberation:" + joined.deliberationId(), question);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(Zones.platform()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }
}
