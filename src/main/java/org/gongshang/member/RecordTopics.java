package org.gongshang.member;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.GridVisitAggregate;
import org.gongshang.member.internal.GridVisitRepository;
import org.gongshang.member.internal.MemberTopics;
import org.gongshang.member.internal.ReceptionAggregate;
import org.gongshang.member.internal.ReceptionRepository;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member making a topic (委员荐题) of a resident's matter at a station or of a grid visit's finding:
 * it enters screening as source MEMBER, with where it came from and the way back to the record.
 * Only the member who recorded it does, once.
 */
@Service
public class RecordTopics {

    private final ReceptionRepository receptions;
    private final GridVisitRepository visits;
    private final Members members;
    private final Stations stations;
    private final Regions regions;
    private final MemberTopics topics;
    private final ApplicationEventPublisher events;

    RecordTopics(ReceptionRepository receptions, GridVisitRepository visits, Members members, Stations stations, Regions regions,
            MemberTopics topics, ApplicationEventPublisher events) {
        this.receptions = receptions;
        this.visits = visits;
        this.members = members;
        this.stations = stations;
        this.regions = regions;
        this.topics = topics;
        this.events = events;
    }

    /** @throws DomainException NOT_FOUND for anyone but its member, CONFLICT when a topic already, INVALID as the topic module refuses */
    @Transactional
    public TopicView fromReception(long receptionId, @Nullable String title, @Nullable String description,
            @Nullable TopicCategory category, Actor actor) {
        long me = myId(actor, receptionId);
        ReceptionAggregate reception = receptions.findById(receptionId).filter(r -> r.memberId() == me)
                .orElseThrow(() -> DomainException.notFound("member.reception.unknown", receptionId));
        if (reception.topicId() != null) {
            throw DomainException.conflict("member.topic.already", reception.topicId());
        }
        String station = stations.find(reception.stationId()).map(Station::name).orElse("");
        TopicView topic = topics.recommend(title, description, category == null ? reception.category() : category,
                reception.communityCode(), station + " · " + reception.recordedAt().atZone(Zones.platform()).toLocalDate(),
                "/receptions/" + receptionId, actor);
        receptions.save(reception.madeTopic(topic.id()));
        events.publishEvent(AuditRecord.of("member.reception-made-topic", actor.accountId(), "member-reception", receptionId)
                .with("topic", topic.id()));
        return topic;
    }

    @Transactional
    public TopicView fromVisit(long visitId, @Nullable String title, @Nullable String description, @Nullable TopicCategory category,
            Actor actor) {
        long me = myId(actor, visitId);
        GridVisitAggregate visit = visits.findById(visitId).filter(v -> v.memberId() == me)
                .orElseThrow(() -> DomainException.notFound("member.visit.unknown", visitId));
        if (visit.topicId() != null) {
            throw DomainException.conflict("member.topic.already", visit.topicId());
        }
        String grid = regions.find(visit.gridCode()).map(region -> region.name()).orElse(visit.gridCode());
        TopicView topic = topics.recommend(title, description, category == null ? visit.category() : category, visit.communityCode(),
                grid + " · " + visit.visitedOn(), "/visits/" + visitId, actor);
        visits.save(visit.madeTopic(topic.id()));
        events.publishEvent(AuditRecord.of("member.visit-made-topic", actor.accountId(), "member-grid-visit", visitId)
                .with("topic", topic.id()));
        return topic;
    }

    private long myId(Actor actor, long recordId) {
        return members.mine(actor).map(Member::id).orElseThrow(() -> DomainException.notFound("member.reception.unknown", recordId));
    }
}
