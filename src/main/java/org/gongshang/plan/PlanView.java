package org.gongshang.plan;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * One version of a plan as pages, the API and the exports show it.
 *
 * @param version the number of this version (1, 2, …)
 * @param latestVersion the newest version of the plan, which may be a draft amendment the viewer does not see
 * @param approvedVersion the version in force, if any
 * @param comment the reviewer's comment when this version was last returned
 */
public record PlanView(
        long id,
        long organizationId,
        String organizationName,
        String regionCode,
        PlanKind kind,
        int year,
        int version,
        PlanStatus status,
        int latestVersion,
        @Nullable Integer approvedVersion,
        @Nullable String comment,
        long createdBy,
        @Nullable Long submittedBy,
        @Nullable Instant submittedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        List<PlanItemView> items) {

    /** All the items of one month of the year. */
    public record PlanMonth(int month, List<PlanItemView> items) {
    }

    public PlanView {
        items = List.copyOf(items);
    }

    /** The official title, e.g. 达州市政协2027年度协商选题计划 (documents are in Chinese whatever the reader's language). */
    public String title() {
        return organizationName + year + "年度协商选题计划";
    }

    /** The calendar: twelve months, each with its items in plan order. */
    public List<PlanMonth> months() {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(month -> new PlanMonth(month, items.stream().filter(item -> item.month() == month).toList()))
                .toList();
    }

    /** Whether this is the version in force. */
    public boolean inForce() {
        return status == PlanStatus.APPROVED;
    }

    /** Whether a newer version exists than the one shown (a draft amendment, or a later approval). */
    public boolean hasNewerVersion() {
        return latestVersion > version;
    }
}
