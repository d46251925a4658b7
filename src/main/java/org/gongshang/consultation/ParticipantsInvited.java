package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

/** Invitations to answer yes or no went out (when scheduled, or when people are added later). */
public record ParticipantsInvited(long consultationId, String title, Instant startsAt, List<Long> accountIds) {

    public ParticipantsInvited {
        accountIds = List.copyOf(accountIds);
    }
}
