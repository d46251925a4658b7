package org.gongshang.plan;

import java.util.List;

import org.gongshang.plan.PlanItemView.ConcernedDepartment;
import org.gongshang.plan.PlanItemView.LeadMember;
import org.gongshang.topic.TopicView;

/** What the plan editor offers: accepted topics of the organisation's region, members to lead, departments. */
public record PlanChoices(List<TopicView> topics, List<LeadMember> members, List<ConcernedDepartment> departments) {
}
