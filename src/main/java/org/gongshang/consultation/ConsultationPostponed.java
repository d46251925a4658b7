package org.gongshang.consultation;

import java.util.List;

/** A consultation was postponed; everyone on the roster with an account is told why. */
public record ConsultationPostponed(long consultationId, String title, String reason, List<Long> accountIds) {

    public ConsultationPostponed {
        accountIds = List.copyOf(accountIds);
    }
}
