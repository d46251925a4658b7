package org.gongshang.plan.web;

import java.util.List;

import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.PlanItemInput;
import org.gongshang.plan.PlanItemView;
import org.jspecify.annotations.Nullable;

/** The item form of the editor, as typed: kept when the form is shown again with problems. */
record ItemForm(@Nullable Long topicId, @Nullable Integer month, @Nullable ConsultationForm form,
        @Nullable List<Long> leadMemberIds, @Nullable List<Long> departmentIds) {

    static ItemForm empty() {
        return new ItemForm(null, null, null, List.of(), List.of());
    }

    static ItemForm of(PlanItemView item) {
        return new ItemForm(item.topicId(), item.month(), item.form(), item.leadMemberIds(), item.departmentIds());
    }

    PlanItemInput input() {
        return new PlanItemInput(topicId, month, form, leadMemberIds, departmentIds);
    }

    public boolean leads(long accountId) {
        return leadMemberIds != null && leadMemberIds.contains(accountId);
    }

    public boolean concerns(long organizationId) {
        return departmentIds != null && departmentIds.contains(organizationId);
    }
}
