package org.gongshang.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.gongshang.notification.SmsGateway;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;

/**
 * Demo mode's gateway: nothing leaves the platform; every SMS is kept in a table, so that people
 * trying the demo read their codes at {@code /dev/sms}, whichever node sent them.
 */
class DevSmsGateway implements SmsGateway {

    private final DevSmsStore store;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    DevSmsGateway(DevSmsStore store, PersonalDataCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Handover send(Sms sms) {
        store.insert(UUID.fromString(sms.messageId()), cipher.lookupHash(sms.phone()), Masking.phone(sms.phone()), sms.text(),
                clock.instant());
        return new Handover(null, SmsParts.count(sms.text()), "demo");
    }
}
