package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision reminder (督办提醒) of one step, sent once per deadline.
 *
 * @param signing a reminder to sign for it (签收), whose date is the signing deadline; otherwise a
 *     reminder of the reply's deadline
 * @param offset working days relative to the deadline: negative before it, positive once overdue
 */
public record HandlingReminderDue(long recommendationId, String text, boolean signing, int offset, LocalDate dueOn,
        List<Long> recipientAccountIds) {

    public HandlingReminderDue {
        recipientAccountIds = List.copyOf(recipientAccountIds);
    }

    public boolean isOverdue() {
        return !signing && offset > 0;
    }
}
