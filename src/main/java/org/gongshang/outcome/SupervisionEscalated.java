package org.gongshang.outcome;

import java.util.List;

/** Supervision went up a level (督办升级): the department and, at LEADER level, the leader who signed it off hear of it. */
public record SupervisionEscalated(long recommendationId, String text, EscalationLevel level, String note,
        List<Long> recipientAccountIds) {

    public SupervisionEscalated {
        recipientAccountIds = List.copyOf(recipientAccountIds);
    }
}
