package org.gongshang.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.plan.ConsultationForm;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * One planned consultation in a version of a plan. {@code id} is null until stored; items are
 * copied with new ids into an amendment, so each version keeps its own.
 */
public record PlanItem(@Nullable Long id, long topicId, int month, ConsultationForm form, List<Long> leadMemberIds,
        List<Long> departmentIds) {

    public PlanItem {
        leadMemberIds = List.copyOf(leadMemberIds);
        departmentIds = List.copyOf(departmentIds);
    }

    /** The problems of month and form that need nothing but the values themselves. */
    public static List<FieldProblem> problems(@Nullable Integer month, @Nullable ConsultationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (month == null || month < 1 || month > 12) {
            problems.add(new FieldProblem("month", "plan.month.range"));
        }
        if (form == null) {
            problems.add(new FieldProblem("form", "plan.form.required"));
        }
        return problems;
    }

    PlanItem withId(long newId) {
        return new PlanItem(newId, topicId, month, form, leadMemberIds, departmentIds);
    }

    PlanItem copy() {
        return new PlanItem(null, topicId, month, form, leadMemberIds, departmentIds);
    }

    PlanItem changed(int newMonth, ConsultationForm newForm, List<Long> leads, List<Long> departments) {
        return new PlanItem(id, topicId, newMonth, newForm, leads, departments);
    }
}
