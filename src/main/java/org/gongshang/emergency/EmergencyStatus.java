package org.gongshang.emergency;

import java.util.Set;

/**
 * Where an event stands. A resident's report waits for the community's cadres (REPORTED); everyone
 * else's is confirmed at once (OPEN). First response and rapid consultation happen while OPEN.
 * <pre>
 * REPORTED ─confirm─▶ OPEN ─resolve─▶ RESOLVED ─review─▶ REVIEWED
 *    │ decline          │ merge
 *    ▼                  ▼
 * DECLINED           MERGED ◀─merge─ REPORTED
 * </pre>
 */
public enum EmergencyStatus {
    /** 待确认: a resident's report, waiting for the community's cadres. */
    REPORTED,
    /** 处置中: confirmed; the people responsible were told. */
    OPEN,
    /** 已处置: what was done is recorded; waiting for the review. */
    RESOLVED,
    /** 已复盘: a one-off, or turned into a regular topic. */
    REVIEWED,
    /** 已合并: the same event as another, which carries on. */
    MERGED,
    /** 不予确认: not an emergency, with the reason. */
    DECLINED;

    /** The statuses this one may move to. */
    public Set<EmergencyStatus> next() {
        return switch (this) {
            case REPORTED -> Set.of(OPEN, MERGED, DECLINED);
            case OPEN -> Set.of(RESOLVED, MERGED);
            case RESOLVED -> Set.of(REVIEWED);
            case REVIEWED, MERGED, DECLINED -> Set.of();
        };
    }

    public boolean mayMoveTo(EmergencyStatus target) {
        return next().contains(target);
    }

    /** Still being handled: the timers run and others may be merged into it. */
    public boolean isActive() {
        return this == REPORTED || this == OPEN;
    }

    /** Gone into another event or dropped: not shown among similar events, not counted. */
    public boolean isWithdrawn() {
        return this == MERGED || this == DECLINED;
    }
}
