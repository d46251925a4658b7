package org.gongshang.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account's phone was replaced. The old phone is told by SMS, so that a takeover cannot happen
 * silently.
 *
 * @param id names this change's notices, so that they are sent once even if the event is handled twice
 * @param oldPhone the phone replaced, encrypted with the personal-data key; null when there was none
 * @param newPhoneMasked the new number, masked
 * @param byAdministrator an administrator reset it (with a reason, in the audit log)
 */
public record PhoneChanged(UUID id, long accountId, byte @Nullable [] oldPhone, String newPhoneMasked,
        boolean byAdministrator) {

    @Override
    public String toString() {
        return "PhoneChanged[" + accountId + "]";
    }
}
