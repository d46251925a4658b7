package org.gongshang.topic;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.HistoryStore;
import org.gongshang.topic.internal.SupporterStore;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicChanged;
import org.gongshang.topic.internal.TopicStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking the two kinds of consultation (衔接): an accepted topic goes to a CPPCC committee's
 * micro-consultation or to a grassroots organisation's consultation; a community escalates (上升) a
 * grassroots topic to a CPPCC committee; a committee hands one down (下沉) to a community.
 */
@Service
public class Routings {

    private final TopicStore topics;
    private final SupporterStore supporters;
    private final HistoryStore history;
    private final TopicAccess access;
    private final Actors actors;
    private final Accounts accounts;
    private final Organizations organizations;
    private final Regions regions;
    private final Topics reader;
    private final ApplicationEventPublisher events;

    Routings(TopicStore topics, SupporterStore supporters, HistoryStore history, TopicAccess access, Actors actors,
            Accounts accounts, Organizations organizations, Regions regions, Topics reader, ApplicationEventPublisher events) {
        this.topics = topics;
        this.supporters = supporters;
        this.history = history;
        this.access = access;
        this.actors = actors;
        this.accounts = accounts;
        this.organizations = organizations;
        this.regions = regions;
        this.reader = reader;
        this.events = events;
    }

    /**
     * Routes an accepted (or planned) topic to an organisation. Screeners of the topic's region may
     * route it anywhere fitting; cadres of the region may escalate a topic that is with them.
     * @throws DomainException INVALID for a missing or unfitting organisation, FORBIDDEN, CONFLICT
     *     when the topic is not accepted or already there
     */
    @Transactional
    public TopicView route(long topicId, @Nullable RoutingLevel level, @Nullable Long organizationId, Actor actor) {
        Topic topic = topics.findForUpdate(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        access.requireSee(Optional.of(actor), topic);
        boolean cadreWithIt = topic.routedLevel() == RoutingLevel.GRASSROOTS
                && actors.mayActIn(actor, topic.regionCode(), Role.CADRE);
        if (!access.mayScreen(actor, topic) && !cadreWithIt) {
            throw DomainException.forbidden("topic.route.not-allowed");
        }
        if (level == null) {
            throw DomainException.invalidField("level", "topic.route.level-required");
        }
        Organization organization = organizationId == null ? null : organizations.find(organizationId).orElse(null);
        if (organization == null || !organization.active()) {
            throw DomainException.invalidField("organizationId", "topic.route.organization-unknown");
        }
        boolean fits = level == RoutingLevel.CPPCC ? organization.type() == OrganizationType.CPPCC
                : organization.type().isGrassroots();
        if (!fits) {
            throw DomainException.invalidField("organizationId", "topic.route.organization-type", organization.name());
        }
        if (!regions.isWithin(topic.regionCode(), organization.regionCode())
                && !regions.isWithin(organization.regionCode(), topic.regionCode())) {
            throw DomainException.invalidField("organizationId", "topic.route.organization-elsewhere", organization.name());
        }
        Movement movement = topic.routeTo(level, organization.id());
        topics.update(topic);
        HistoryKind kind = switch (movement) {
            case ROUTED -> HistoryKind.ROUTED;
            case ESCALATED -> HistoryKind.ESCALATED;
            case HANDED_DOWN -> HistoryKind.HANDED_DOWN;
        };
        history.add(topicId, kind, actor.accountId(), organization.name(), organization.id());
        List<Long> holders = accounts.holders(level == RoutingLevel.CPPCC ? Role.STAFF : Role.CADRE, List.of(organization.id()));
        events.publishEvent(new TopicRouted(topicId, topic.title(), level, organization.id(), movement, actor.accountId(),
                supporters.of(topicId), holders));
        events.publishEvent(AuditRecord.of("topic.routed", actor.accountId(), "topic", topicId)
                .with("level", level).with("organization", organization.id()).with("movement", movement));
        events.publishEvent(new TopicChanged(topicId));
        return reader.get(topicId);
    }

    /** Organisations a topic in a region can be routed to: CPPCC committees above it, grassroots ones at or below. */
    public List<Organization> destinations(String regionCode) {
        List<Organization> fitting = new java.util.ArrayList<>();
        for (var region : regions.lineage(regionCode)) {
            organizations.list(OrganizationType.CPPCC, null).stream()
                    .filter(o -> o.regionCode().equals(region.code())).forEach(fitting::add);
        }
        String district = regions.enclosing(regionCode, org.gongshang.region.RegionLevel.DISTRICT)
                .map(org.gongshang.region.Region::code).orElse(regionCode);
        organizations.list(null, district).stream().filter(o -> o.type().isGrassroots())
                .filter(o -> regions.isWithin(o.regionCode(), regionCode) || regions.isWithin(regionCode, o.regionCode()))
                .forEach(fitting::add);
        return fitting;
    }
}
