package org.gongshang.plan;

import java.util.List;

import org.gongshang.topic.TopicStatus;

/** One planned consultation: an accepted topic in a month, with its form, lead members and departments. */
public record PlanItemView(long id, long topicId, String topicTitle, TopicStatus topicStatus, int month,
        ConsultationForm form, List<LeadMember> leadMembers, List<ConcernedDepartment> departments) {

    public PlanItemView {
        leadMembers = List.copyOf(leadMembers);
        departments = List.copyOf(departments);
    }

    /** A CPPCC member who leads the consultation (牵头委员). */
    public record LeadMember(long accountId, String name) {
    }

    /** A party or government department concerned (相关部门). */
    public record ConcernedDepartment(long organizationId, String name) {
    }

    public List<Long> leadMemberIds() {
        return leadMembers.stream().map(LeadMember::accountId).toList();
    }

    public List<Long> departmentIds() {
        return departments.stream().map(ConcernedDepartment::organizationId).toList();
    }
}
