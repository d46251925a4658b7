package org.gongshang.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Role;
import org.gongshang.plan.PlanItemView.ConcernedDepartment;
import org.gongshang.plan.PlanItemView.LeadMember;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether a topic, lead members and departments fit a plan. A topic fits when it is accepted (or
 * already in this plan, for an amendment) and lies in the organisation's region — and, once
 * routed, was routed to an organisation there. Lead members are CPPCC members of the region or of
 * a region above it (a grassroots consultation invites members); departments likewise.
 */
@Component
public class ItemChecks {

    private final Topics topics;
    private final Accounts accounts;
    private final Organizations organizations;
    private final Regions regions;

    ItemChecks(Topics topics, Accounts accounts, Organizations organizations, Regions regions) {
        this.topics = topics;
        this.accounts = accounts;
        this.organizations = organizations;
        this.regions = regions;
    }

    /** Problems of the topic of a new item; empty when it fits. */
    public List<FieldProblem> topic(ConsultationPlan plan, @Nullable Long topicId) {
        if (topicId == null) {
            return List.of(new FieldProblem("topicId", "plan.topic.required"));
        }
        Optional<TopicView> topic = topics.find(topicId);
        if (topic.isEmpty()) {
            return List.of(new FieldProblem("topicId", "plan.topic.unknown", topicId));
        }
        return unavailable(plan, topic.get()).map(key -> List.of(new FieldProblem("topicId", key, topic.get().title())))
                .orElse(List.of());
    }

    /** Why the topic cannot be in the plan (a message key taking its title), or empty when it can. */
    public Optional<String> unavailable(ConsultationPlan plan, TopicView topic) {
        if (!isAvailable(plan, topic)) {
            return Optional.of("plan.topic.not-accepted");
        }
        if (!inRegion(plan, topic)) {
            return Optional.of("plan.topic.other-region");
        }
        return Optional.empty();
    }

    /** Accepted, or planned in this very plan (and perhaps taken up by a consultation since). */
    static boolean isAvailable(ConsultationPlan plan, TopicView topic) {
        if (topic.status() == TopicStatus.ACCEPTED) {
            return true;
        }
        boolean inThisPlan = topic.planId() != null && topic.planId() == plan.id();
        return inThisPlan && (topic.status() == TopicStatus.PLANNED || topic.status() == TopicStatus.IN_CONSULTATION
                || topic.status() == TopicStatus.CONSULTED);
    }

    public boolean inRegion(ConsultationPlan plan, TopicView topic) {
        if (!regions.isWithin(topic.regionCode(), plan.regionCode())) {
            return false;
        }
        if (topic.routedOrganizationId() == null) {
            return true;
        }
        return organizations.find(topic.routedOrganizationId())
                .map(routed -> routed.id() == plan.organizationId() || regions.isWithin(routed.regionCode(), plan.regionCode()))
                .orElse(false);
    }

    /** Problems of the lead members and departments of an item; empty when all fit. */
    public List<FieldProblem> people(ConsultationPlan plan, List<Long> leadMemberIds, List<Long> departmentIds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (long id : leadMemberIds) {
            Optional<AccountView> account = accounts.find(id);
            boolean member = account.isPresent() && account.get().enabled() && account.get().grants().stream()
                    .anyMatch(grant -> grant.role() == Role.MEMBER && grant.regionCode() != null && related(plan, grant.regionCode()));
            if (!member) {
                problems.add(new FieldProblem("leadMemberIds", "plan.lead.not-member", id));
            }
        }
        for (long id : departmentIds) {
            boolean department = organizations.find(id).filter(Organization::active)
                    .filter(o -> o.type() == OrganizationType.DEPARTMENT && related(plan, o.regionCode())).isPresent();
            if (!department) {
                problems.add(new FieldProblem("departmentIds", "plan.department.invalid", id));
            }
        }
        return problems;
    }

    /** CPPCC members who may lead an item of the plan, by name. */
    public List<LeadMember> members(ConsultationPlan plan) {
        List<Long> committees = relatedOrganizations(plan, OrganizationType.CPPCC).stream().map(Organization::id).toList();
        return accounts.holders(Role.MEMBER, committees).stream().distinct().map(accounts::find).flatMap(Optional::stream)
                .filter(AccountView::enabled).map(a -> new LeadMember(a.id(), a.realName()))
                .sorted(java.util.Comparator.comparing(LeadMember::name)).toList();
    }

    /** Departments that may be concerned by an item of the plan. */
    public List<ConcernedDepartment> departments(ConsultationPlan plan) {
        return relatedOrganizations(plan, OrganizationType.DEPARTMENT).stream()
                .map(o -> new ConcernedDepartment(o.id(), o.name())).toList();
    }

    /** Organisations of the type in the plan's region, above it and below it. */
    private List<Organization> relatedOrganizations(ConsultationPlan plan, OrganizationType type) {
        Map<Long, Organization> found = new LinkedHashMap<>();
        organizations.possibleParents(plan.regionCode()).stream().filter(o -> o.type() == type)
                .forEach(o -> found.put(o.id(), o));
        organizations.list(type, plan.regionCode()).forEach(o -> found.putIfAbsent(o.id(), o));
        return List.copyOf(found.values());
    }

    private boolean related(ConsultationPlan plan, String regionCode) {
        return regions.isWithin(regionCode, plan.regionCode()) || regions.isWithin(plan.regionCode(), regionCode);
    }
}
