package org.gongshang.plan.internal;

import java.util.List;

import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanItemView.ConcernedDepartment;
import org.gongshang.plan.PlanItemView.LeadMember;
import org.gongshang.plan.PlanView;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns a stored plan version into what people read: names of the organisation, topics, members and departments. */
@Component
public class PlanViews {

    private final VersionStore versions;
    private final Topics topics;
    private final Accounts accounts;
    private final Organizations organizations;

    PlanViews(VersionStore versions, Topics topics, Accounts accounts, Organizations organizations) {
        this.versions = versions;
        this.topics = topics;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    public PlanView of(ConsultationPlan plan, PlanVersion version) {
        int latest = versions.latest(plan.id()).map(PlanVersion::number).orElse(version.number());
        @Nullable Integer approved = version.status() == org.gongshang.plan.PlanStatus.APPROVED ? Integer.valueOf(version.number())
                : versions.inForce(plan.id()).map(PlanVersion::number).orElse(null);
        return new PlanView(plan.id(), plan.organizationId(), organizationName(plan.organizationId()), plan.regionCode(),
                plan.kind(), plan.year(), version.number(), version.status(), latest, approved, version.comment(),
                version.createdBy(), version.submittedBy(), version.submittedAt(), version.decidedBy(), version.decidedAt(),
                version.items().stream().map(this::item).toList());
    }

    public PlanItemView item(PlanItem item) {
        TopicView topic = topics.find(item.topicId()).orElse(null);
        List<LeadMember> leads = item.leadMemberIds().stream()
                .map(id -> new LeadMember(id, accounts.find(id).map(AccountView::realName).orElse("#" + id))).toList();
        List<ConcernedDepartment> departments = item.departmentIds().stream()
                .map(id -> new ConcernedDepartment(id, organizationName(id))).toList();
        return new PlanItemView(java.util.Objects.requireNonNull(item.id()), item.topicId(),
                topic == null ? "#" + item.topicId() : topic.title(), topic == null ? TopicStatus.ACCEPTED : topic.status(),
                item.month(), item.form(), leads, departments);
    }

    public String organizationName(long id) {
        return organizations.find(id).map(Organization::name).orElse("#" + id);
    }

    public String accountName(long id) {
        return accounts.find(id).map(AccountView::realName).orElse("#" + id);
    }
}
