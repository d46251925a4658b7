package org.gongshang.notification.internal;

import java.util.List;

import org.gongshang.identity.MobileNumber;
import org.gongshang.notification.internal.DevSmsStore.DevSms;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.demo.DemoMode;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what the development gateway kept. Outside demo mode there is nothing to read and the
 * pages answer "not found", as if they did not exist: a real installation shows no one's SMS.
 */
@Component
public class DevSmsReader {

    static final int LIMIT = 50;

    private final DemoMode demo;
    private final DevSmsStore store;
    private final PersonalDataCipher cipher;

    public DevSmsReader(DemoMode demo, DevSmsStore store, PersonalDataCipher cipher) {
        this.demo = demo;
        this.store = store;
        this.cipher = cipher;
    }

    /**
     * The newest SMS to one phone (as typed: spaces and +86 are fine); nothing without a phone.
     *
     * @throws DomainException NOT_FOUND outside demo mode
     */
    public List<DevSms> latest(@Nullable String phone) {
        if (!demo.isOn()) {
            throw DomainException.notFound("notification.dev-sms.off");
        }
        if (phone == null || phone.isBlank()) {
            // Even a demo on a public address must not list everybody's codes to anybody.
            return List.of();
        }
        return store.latest(cipher.lookupHash(MobileNumber.normalise(phone)), LIMIT);
    }
}
