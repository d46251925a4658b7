package org.gongshang.commonproblem;

import java.time.Clock;
import java.util.List;

import org.gongshang.commonproblem.internal.ClusterStore;
import org.gongshang.commonproblem.internal.ProblemClustering;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.RaisedTopic;
import org.gongshang.topic.TopicRaising;
import org.gongshang.topic.TopicView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises a group as one CPPCC topic (将基层中涉及群众利益亟待解决的共性问题通过政协渠道向党委政府反映):
 * the topic module's path for raised topics, with every source topic linked both ways on the
 * timelines and every other source named in the description. A group is raised once.
 */
@Service
public class ClusterEscalation {

    /** Lines naming sources in the description; the rest are counted, and all topics are linked anyway. */
    private static final int LISTED = 30;
    private static final int DESCRIPTION_MAX = 2000;

    private final ProblemClusters clusters;
    private final ClusterStore store;
    private final ProblemClustering clustering;
    private final TopicRaising raising;
    private final Actors actors;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClusterEscalation(ProblemClusters clusters, ClusterStore store, ProblemClustering clustering, TopicRaising raising,
            Actors actors, Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.clusters = clusters;
        this.store = store;
        this.clustering = clustering;
        this.raising = raising;
        this.actors = actors;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws DomainException NOT_FOUND for a group that is not common within the viewer's regions, CONFLICT when
     *         already raised, FORBIDDEN outside the staff's region, INVALID for a missing region or a
     *         region none of the sources lies in (and the topic's own rules for title and text)
     */
    @Transactional
    public ClusterEscalated escalate(long clusterId, Escalation escalation, Actor actor) {
        String regionCode = escalation.regionCode();
        if (regionCode == null || regions.find(regionCode).isEmpty()) {
            throw DomainException.invalidField("regionCode", "common-problem.region.required");
        }
        clusters.get(clusterId, actor);
        List<ProblemSource> visible = clusters.sources(clusterId, actor);
        actors.requireIn(actor, regionCode, Role.STAFF);
        if (store.raisedTopic(clusterId) != null) {
            throw DomainException.conflict("common-problem.already-raised", clusterId);
        }
        List<ProblemSource> sources = visible.stream()
                .filter(source -> regions.isWithin(source.communityCode(), regionCode)).toList();
        if (sources.isEmpty()) {
            throw DomainException.invalidField("regionCode", "common-problem.region.no-sources");
        }
        List<Long> topics = sources.stream()
                .flatMap(source -> clustering.corpus(source.kind()).topicId(source.id()).stream()).toList();
        TopicView topic = raising.raiseFromConsultations(new RaisedTopic(escalation.title(),
                description(escalation.description(), sources), escalation.category(), regionCode, List.of(), topics), actor);
        store.markRaised(clusterId, topic.id(), actor.accountId(), clock.instant());
        ClusterEscalated escalated = new ClusterEscalated(clusterId, topic.id(), regionCode, actor.accountId(),
                sources.stream().map(source -> source.kind() + ":" + source.id()).toList());
        events.publishEvent(escalated);
        events.publishEvent(AuditRecord.of("common-problem.raised", actor.accountId(), "common-problem", clusterId)
                .with("topic", topic.id()).with("sources", sources.size()));
        return escalated;
    }

    /** The staff's words, then where the problem was raised, so screeners see its spread without opening each. */
    static String description(String text, List<ProblemSource> sources) {
        StringBuilder description = new StringBuilder(text);
        int listed = 0;
        for (ProblemSource source : sources) {
            String line = "· " + source.communityName() + "：" + source.title();
            if (listed == LISTED || description.length() + line.length() + 1 > DESCRIPTION_MAX - 20) {
                break;
            }
            description.append(description.isEmpty() ? "" : "\n").append(line);
            listed++;
        }
        if (listed < sources.size()) {
            description.append("\n…（").append(sources.size()).append("）");
        }
        return description.toString();
    }
}
