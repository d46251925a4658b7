package org.gongshang.outcome;

/** How high the chasing of a recommendation has gone (督办): the CPPCC office, then its leader. */
public enum EscalationLevel {
    NONE, OFFICE, LEADER;

    public boolean isBelow(EscalationLevel other) {
        return ordinal() < other.ordinal();
    }
}
