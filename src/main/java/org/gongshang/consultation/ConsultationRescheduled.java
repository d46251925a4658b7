package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

/** A postponed consultation has its new date; everyone on the roster with an account is told. */
public record ConsultationRescheduled(long consultationId, String title, Instant startsAt, List<Long> accountIds) {

    public ConsultationRescheduled {
        accountIds = List.copyOf(accountIds);
    }
}
