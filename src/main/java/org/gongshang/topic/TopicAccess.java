package org.gongshang.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.SupporterStore;
import org.gongshang.topic.internal.Topic;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a topic. Screeners: staff of the CPPCC committees whose region holds the
 * topic, and for grassroots topics also the cadres there (基层上报 is screened where it came from).
 * Moderators of sensitive-word holds: staff of the region. Admins everywhere.
 */
@Component
public class TopicAccess {

    private final Actors actors;
    private final Regions regions;
    private final SupporterStore supporters;

    TopicAccess(Actors actors, Regions regions, SupporterStore supporters) {
        this.actors = actors;
        this.regions = regions;
        this.supporters = supporters;
    }

    public boolean mayScreen(Actor actor, Topic topic) {
        return actors.mayActIn(actor, topic.regionCode(), Role.STAFF)
                || (topic.source() == TopicSource.GRASSROOTS && actors.mayActIn(actor, topic.regionCode(), Role.CADRE));
    }

    public boolean mayScreen(Actor actor, TopicView topic) {
        return actors.mayActIn(actor, topic.regionCode(), Role.STAFF)
                || (topic.source() == TopicSource.GRASSROOTS && actors.mayActIn(actor, topic.regionCode(), Role.CADRE));
    }

    public boolean mayModerate(Actor actor, String regionCode) {
        return actors.mayActIn(actor, regionCode, Role.STAFF);
    }

    /** Public topics to all; declined or held ones to their submitter, supporters and screeners. */
    public boolean maySee(Optional<Actor> viewer, Topic topic) {
        if (topic.status().isPublic() && !topic.held()) {
            return true;
        }
        if (viewer.isEmpty()) {
            return false;
        }
        Actor actor = viewer.get();
        return topic.submittedBy() == actor.accountId() || mayScreen(actor, topic)
                || (!topic.held() && topic.id() != null && supporters.isSupporter(topic.id(), actor.accountId()));
    }

    /** @throws DomainException NOT_FOUND when the viewer may not know the topic exists */
    public void requireSee(Optional<Actor> viewer, Topic topic) {
        if (!maySee(viewer, topic)) {
            throw DomainException.notFound("topic.unknown", topic.id());
        }
    }

    /** @throws DomainException FORBIDDEN for someone who may see but not screen it */
    public void requireScreen(Actor actor, Topic topic) {
        if (!mayScreen(actor, topic)) {
            throw DomainException.forbidden("topic.screening.outside", topic.regionCode());
        }
    }

    /** The codes of the regions where the actor screens topics, by role; empty lists when none. */
    public ScreeningScope scope(Actor actor) {
        if (actor.isAdmin()) {
            return new ScreeningScope(null, List.of());
        }
        return new ScreeningScope(within(actors.scopeRoots(actor, Role.STAFF)), within(actors.scopeRoots(actor, Role.CADRE)));
    }

    /**
     * Where an actor screens: every topic in {@code staffRegions} (null: everywhere, for admins), and
     * grassroots topics in {@code cadreRegions}.
     */
    public record ScreeningScope(@org.jspecify.annotations.Nullable List<String> staffRegions, List<String> cadreRegions) {

        public boolean isEmpty() {
            return staffRegions != null && staffRegions.isEmpty() && cadreRegions.isEmpty();
        }
    }

    private List<String> within(List<String> roots) {
        List<String> codes = new ArrayList<>();
        roots.forEach(root -> codes.addAll(regions.codesWithin(root)));
        return codes.stream().distinct().toList();
    }
}
