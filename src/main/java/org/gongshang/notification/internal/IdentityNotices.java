package org.gongshang.notification.internal;

import java.time.Duration;
import java.util.List;

import org.gongshang.identity.AccountCreated;
import org.gongshang.identity.IdentityNumberReused;
import org.gongshang.identity.PhoneAlreadyRegistered;
import org.gongshang.identity.PhoneChanged;
import org.gongshang.identity.ResidentRegistered;
import org.gongshang.identity.VerificationCodeIssued;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the identity module's events mean to people. Each listener runs after the identity
 * transaction committed, in its own transaction; the event publication registry retries it should
 * it fail, so no notice is lost. Phones and codes arrive encrypted and are decrypted only here.
 */
@Component
class IdentityNotices {

    /** How long a security notice to a phone is still worth sending. */
    private static final Duration SECURITY_NOTICE_VALIDITY = Duration.ofDays(1);

    private final Notices notices;
    private final PersonalDataCipher cipher;

    IdentityNotices(Notices notices, PersonalDataCipher cipher) {
        this.notices = notices;
        this.cipher = cipher;
    }

    /** A one-time code goes out at once by SMS, whatever anyone chose; its text is forgotten once sent. */
    @ApplicationModuleListener
    void on(VerificationCodeIssued issued) {
        Notice code = Notice.of(MessageKind.CODE, "notification.code.title", "notification.code.sms",
                Notice.translated("notification.code.purpose." + issued.purpose()), cipher.decrypt(issued.code()),
                issued.validity().toMinutes()).urgent().once("code:" + issued.id());
        notices.sendToPhone(cipher.decrypt(issued.phone()), issued.language(), code, issued.validity());
    }

    @ApplicationModuleListener
    void on(PhoneAlreadyRegistered registered) {
        notices.sendToPhone(cipher.decrypt(registered.phone()), registered.language(), Notice.of(MessageKind.ACCOUNT,
                "notification.phone-registered.title", "notification.phone-registered.sms").urgent()
                .once("phone-registered:" + registered.id()), SECURITY_NOTICE_VALIDITY);
    }

    @ApplicationModuleListener
    void on(IdentityNumberReused reused) {
        notices.send(List.of(reused.accountId()), Notice.of(MessageKind.ACCOUNT, "notification.id-number-reused.title",
                "notification.id-number-reused.body").linkingTo("/account").urgent().once("id-number-reused:" + reused.id()));
    }

    /** The account is told in its inbox; the phone that was replaced by SMS, as it may be the owner's only warning. */
    @ApplicationModuleListener
    void on(PhoneChanged changed) {
        String how = changed.byAdministrator() ? "admin" : "self";
        notices.send(List.of(changed.accountId()), Notice.of(MessageKind.ACCOUNT, "notification.phone-changed.title",
                "notification.phone-changed.body." + how, changed.newPhoneMasked()).linkingTo("/account")
                .once("phone-changed:" + changed.id()));
        if (changed.oldPhone() != null) {
            notices.sendToPhone(cipher.decrypt(changed.oldPhone()), "zh", Notice.of(MessageKind.ACCOUNT,
                    "notification.phone-changed.title", "notification.phone-changed.sms." + how, changed.newPhoneMasked()).urgent()
                    .once("phone-changed-old:" + changed.id()), SECURITY_NOTICE_VALIDITY);
        }
    }

    @ApplicationModuleListener
    void on(ResidentRegistered registered) {
        notices.send(List.of(registered.accountId()), Notice.of(MessageKind.ACCOUNT, "notification.welcome.title",
                "notification.welcome.body").linkingTo("/account/notifications"));
    }

    @ApplicationModuleListener
    void on(AccountCreated created) {
        notices.send(List.of(created.accountId()), Notice.of(MessageKind.ACCOUNT, "notification.account-created.title",
                "notification.account-created.body", Notice.translated("role." + created.role())).linkingTo("/account"));
    }
}
