package org.gongshang.consultation;

import java.util.List;

/** A consultation was cancelled; everyone on the roster with an account is told why. */
public record ConsultationCancelled(long consultationId, String title, String reason, List<Long> accountIds) {

    public ConsultationCancelled {
        accountIds = List.copyOf(accountIds);
    }
}
