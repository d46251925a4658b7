package org.gongshang.deliberation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A statement's moderation state (Pol.is: 0, 1, −1). A moderator may change their mind: a rejected
 * statement can be accepted again and an accepted one rejected; nothing goes back to PENDING.
 */
public enum StatementStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    private static final Map<StatementStatus, Set<StatementStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(ACCEPTED, REJECTED),
            ACCEPTED, EnumSet.of(REJECTED),
            REJECTED, EnumSet.of(ACCEPTED));

    public boolean canBecome(StatementStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether participants see it and may vote on it, under the deliberation's moderation mode. */
    public boolean isShown(ModerationMode mode, boolean held) {
        return this == ACCEPTED || (this == PENDING && mode == ModerationMode.OPEN && !held);
    }

    /** The Pol.is {@code moderated} column. */
    public int polisModeration() {
        return switch (this) {
            case PENDING -> 0;
            case ACCEPTED -> 1;
            case REJECTED -> -1;
        };
    }
}
