package org.gongshang.outcome;

/** How high the chasing of a recommendation has gone (督办): the CPPCC office, then its leader. */
public enum EscalationLevel {
    NONE, OFFICE, LEADER;

    /** Its name in the reader's language, for messages. */
    public org.springframework.context.MessageSourceResolvable label() {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"outcome.escalation." + name()}, name());
    }

    public boolean isBelow(EscalationLevel other) {
        return ordinal() < other.ordinal();
    }
}
