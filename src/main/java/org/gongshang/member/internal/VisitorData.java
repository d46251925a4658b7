package org.gongshang.member.internal;

import java.util.List;

import org.gongshang.identity.MobileNumber;
import org.gongshang.member.internal.ReceptionAggregate.Personal;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A visitor's name and phone as they are kept: encrypted, with masked forms for display. */
@Component
public class VisitorData {

    private final PersonalDataCipher cipher;

    VisitorData(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** @param problems gets a problem at {@code visitorPhone} for a phone that is not a mobile number */
    public Personal personal(@Nullable String name, @Nullable String phone, List<FieldProblem> problems) {
        String number = phone == null ? null : MobileNumber.normalise(phone);
        if (number != null && !MobileNumber.isValid(number)) {
            problems.add(new FieldProblem("visitorPhone", "member.phone.invalid"));
            number = null;
        }
        return new Personal(name == null ? null : cipher.encrypt(name), name == null ? null : MaskedNames.of(name),
                number == null ? null : cipher.encrypt(number), number == null ? null : Masking.phone(number));
    }

    public String decrypt(byte[] stored) {
        return cipher.decrypt(stored);
    }
}
