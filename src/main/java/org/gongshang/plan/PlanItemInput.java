package org.gongshang.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An item as drafters enter it. When an item is changed, {@code topicId} is ignored: a different
 * topic is a different item.
 */
public record PlanItemInput(@Nullable Long topicId, @Nullable Integer month, @Nullable ConsultationForm form,
        @Nullable List<Long> leadMemberIds, @Nullable List<Long> departmentIds) {

    public List<Long> leads() {
        return leadMemberIds == null ? List.of() : leadMemberIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public List<Long> departments() {
        return departmentIds == null ? List.of() : departmentIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
