package org.gongshang.identity;

import java.util.UUID;

/**
 * Someone asked for a registration code for a phone that already has an account. The caller is
 * answered as for any phone; the phone's owner is told by SMS (and learns to reset the password
 * if it was them).
 *
 * @param id names this notice, so that it is sent once even if the event is handled twice
 * @param phone the phone number, encrypted with the personal-data key
 */
public record PhoneAlreadyRegistered(UUID id, byte[] phone, String language) {

    @Override
    public String toString() {
        return "PhoneAlreadyRegistered";
    }
}
