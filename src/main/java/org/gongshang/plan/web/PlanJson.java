package org.gongshang.plan.web;

import java.time.Instant;
import java.util.List;

import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.PlanHistoryEntry;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanItemView.ConcernedDepartment;
import org.gongshang.plan.PlanItemView.LeadMember;
import org.gongshang.plan.PlanKind;
import org.gongshang.plan.PlanStatus;
import org.gongshang.plan.PlanView;
import org.gongshang.topic.TopicStatus;
import org.jspecify.annotations.Nullable;

/** A plan version in the JSON API. */
record PlanJson(long id, String title, long organizationId, String organizationName, String regionCode, PlanKind kind,
        int year, int version, PlanStatus status, int latestVersion, @Nullable Integer approvedVersion,
        @Nullable String comment, @Nullable Instant submittedAt, @Nullable Instant decidedAt, List<Item> items,
        @Nullable List<PlanHistoryEntry> history) {

    record Item(long id, long topicId, String topicTitle, TopicStatus topicStatus, int month, ConsultationForm form,
            List<LeadMember> leadMembers, List<ConcernedDepartment> departments) {

        static Item of(PlanItemView item) {
            return new Item(item.id(), item.topicId(), item.topicTitle(), item.topicStatus(), item.month(), item.form(),
                    item.leadMembers(), item.departments());
        }
    }

    static PlanJson of(PlanView plan, @Nullable List<PlanHistoryEntry> history) {
        return new PlanJson(plan.id(), plan.title(), plan.organizationId(), plan.organizationName(), plan.regionCode(),
                plan.kind(), plan.year(), plan.version(), plan.status(), plan.latestVersion(), plan.approvedVersion(),
                plan.comment(), plan.submittedAt(), plan.decidedAt(), plan.items().stream().map(Item::of).toList(),
                history == null || history.isEmpty() ? null : history);
    }
}
