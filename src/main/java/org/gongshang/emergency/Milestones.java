package org.gongshang.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When each step was reached, kept for evaluation: the response targets count from {@code reportedAt}.
 *
 * @param respondedAt the first response (首次响应): recorded by hand, or by the first consultation or resolution
 * @param consultedAt the rapid consultation opened
 */
public record Milestones(Instant reportedAt, @Nullable Instant confirmedAt, @Nullable Instant respondedAt,
        @Nullable Instant consultedAt, @Nullable Instant resolvedAt, @Nullable Instant reviewedAt) {

    public static Milestones reported(Instant at) {
        return new Milestones(at, null, null, null, null, null);
    }

    public Milestones confirmed(Instant at) {
        return new Milestones(reportedAt, at, respondedAt, consultedAt, resolvedAt, reviewedAt);
    }

    public Milestones responded(Instant at) {
        return new Milestones(reportedAt, confirmedAt, respondedAt == null ? at : respondedAt, consultedAt, resolvedAt,
                reviewedAt);
    }

    public Milestones consulted(Instant at) {
        return new Milestones(reportedAt, confirmedAt, respondedAt == null ? at : respondedAt, at, resolvedAt, reviewedAt);
    }

    public Milestones resolved(Instant at) {
        return new Milestones(reportedAt, confirmedAt, respondedAt == null ? at : respondedAt, consultedAt, at, reviewedAt);
    }

    public Milestones reviewed(Instant at) {
        return new Milestones(reportedAt, confirmedAt, respondedAt, consultedAt, resolvedAt, at);
    }
}
