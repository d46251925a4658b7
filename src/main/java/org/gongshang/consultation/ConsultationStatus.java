package org.gongshang.consultation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a consultation. Postponed and cancelled need a reason, and everyone invited is told.
 * A postponed consultation is scheduled again with its new date.
 */
public enum ConsultationStatus {
    PREPARING, SCHEDULED, IN_SESSION, CONCLUDED, POSTPONED, CANCELLED;

    public Set<ConsultationStatus> next() {
        return switch (this) {
            case PREPARING -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(IN_SESSION, POSTPONED, CANCELLED);
            case POSTPONED -> EnumSet.of(SCHEDULED, CANCELLED);
            case IN_SESSION -> EnumSet.of(CONCLUDED);
            case CONCLUDED, CANCELLED -> EnumSet.noneOf(ConsultationStatus.class);
        };
    }

    public boolean mayMoveTo(ConsultationStatus target) {
        return next().contains(target);
    }

    /** Moving here must say why. */
    public boolean needsReason() {
        return this == POSTPONED || this == CANCELLED;
    }

    /** Preparation (materials, research, plan, roster) is still open. */
    public boolean isBeforeSession() {
        return this == PREPARING || this == SCHEDULED || this == POSTPONED;
    }

    /** People may check in from the day it is scheduled until it concludes. */
    public boolean acceptsCheckIn() {
        return this == SCHEDULED || this == IN_SESSION;
    }
}
