package org.gongshang.outcome;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The life of a recommendation (协商成果). The table in {@link #next()} is the whole state machine:
 * every change of status goes through {@link #mayMoveTo}, and is kept with who, when and why.
 *
 * <pre>
 * DRAFT ─sign off─▶ SIGNED_OFF ─transfer─▶ TRANSFERRED ─accept─▶ ACCEPTED ─report─▶ IN_PROGRESS
 *                                           ▲       │ dispute          │               │
 *                                  reassign │       ▼                  │ extend        │ extend
 *                                           └── DISPUTED               ▼               ▼
 *                                                                   EXTENDED ◀─────────┘
 * ACCEPTED, IN_PROGRESS, EXTENDED, REHANDLING ─reply─▶ REPLIED ─window closes─▶ RATED ─close─▶ CLOSED
 *                                                         └─unsatisfied─▶ REHANDLING
 * DRAFT, SIGNED_OFF, DISPUTED ─close with a reason─▶ CLOSED
 * </pre>
 *
 * An extended recommendation stays EXTENDED while the department reports progress, so that the
 * public and supervision see that its deadline was moved; it leaves that status with the reply.
 */
public enum RecommendationStatus {
    /** 待批办: made from a consultation's consensus or entered by staff. */
    DRAFT,
    /** 已批办: a staff leader signed it off for transfer. */
    SIGNED_OFF,
    /** 已交办: with a lead department, waiting for it to sign (签收). */
    TRANSFERRED,
    /** 已退回: the lead department disputed the assignment; staff reassign it. */
    DISPUTED,
    /** 已签收. */
    ACCEPTED,
    /** 办理中: the lead department reported progress. */
    IN_PROGRESS,
    /** 已延期: an extension of the deadline was approved. */
    EXTENDED,
    /** 已答复: the rating window is open. */
    REPLIED,
    /** 重新办理: the people concerned were unsatisfied with the reply. */
    REHANDLING,
    /** 已测评: the rating window closed with a result that needs no re-handling. */
    RATED,
    /** 已办结. */
    CLOSED;

    public Set<RecommendationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SIGNED_OFF, CLOSED);
            case SIGNED_OFF -> EnumSet.of(TRANSFERRED, CLOSED);
            case TRANSFERRED -> EnumSet.of(ACCEPTED, DISPUTED);
            case DISPUTED -> EnumSet.of(TRANSFERRED, CLOSED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, EXTENDED, REPLIED);
            case IN_PROGRESS -> EnumSet.of(EXTENDED, REPLIED);
            case EXTENDED -> EnumSet.of(REPLIED);
            case REPLIED -> EnumSet.of(RATED, REHANDLING);
            case REHANDLING -> EnumSet.of(REPLIED);
            case RATED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean mayMoveTo(RecommendationStatus target) {
        return next().contains(target);
    }

    /** With a department, which is working on it against a deadline: what supervision watches. */
    public boolean isBeingHandled() {
        return this == TRANSFERRED || this == ACCEPTED || this == IN_PROGRESS || this == EXTENDED || this == REHANDLING;
    }

    /** The lead department may report progress and reply. */
    public boolean acceptsProgress() {
        return this == ACCEPTED || this == IN_PROGRESS || this == EXTENDED || this == REHANDLING;
    }

    /** Seen by the public (when the recommendation is public): from the transfer on. */
    public boolean isPublished() {
        return this != DRAFT && this != SIGNED_OFF;
    }

    /** Its name in the reader's language, for messages that mention it (e.g. which status refused an act). */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"outcome.status." + name()}, name());
    }

    public static Set<RecommendationStatus> handled() {
        return EnumSet.of(TRANSFERRED, ACCEPTED, IN_PROGRESS, EXTENDED, REHANDLING);
    }
}
