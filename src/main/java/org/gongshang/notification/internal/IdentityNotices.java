package org.gongshang.notification.internal;

import java.util.List;

import org.gongshang.identity.AccountCreated;
import org.gongshang.identity.ResidentRegistered;
import org.gongshang.identity.VerificationCodeIssued;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the identity module's events mean to people. Each listener runs after the identity
 * transaction committed, in its own transaction; the event publication registry retries it should
 * it fail, so no notice is lost.
 */
@Component
class IdentityNotices {

    private final Notices notices;

    IdentityNotices(Notices notices) {
        this.notices = notices;
    }

    /** A one-time code goes out at once by SMS, whatever anyone chose; its text is forgotten once sent. */
    @ApplicationModuleListener
    void on(VerificationCodeIssued issued) {
        Notice code = Notice.of(MessageKind.CODE, "notification.code.title", "notification.code.sms",
                Notice.translated("notification.code.purpose." + issued.purpose()), issued.code(),
                issued.validity().toMinutes()).urgent();
        notices.sendToPhone(issued.phone(), issued.language(), code, issued.validity());
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
