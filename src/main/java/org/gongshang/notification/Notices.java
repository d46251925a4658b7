package org.gongshang.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Contact;
import org.gongshang.notification.internal.EmailSender;
import org.gongshang.notification.internal.ImmediateDispatch;
import org.gongshang.notification.internal.InboxStore;
import org.gongshang.notification.internal.LanguageStore;
import org.gongshang.notification.internal.NoticeTexts;
import org.gongshang.notification.internal.OutboxStore;
import org.gongshang.notification.internal.OutboxStore.NewMessage;
import org.gongshang.notification.internal.PreferenceStore;
import org.gongshang.notification.internal.Recipients;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices: each recipient gets it in the inbox, in their language, and by SMS and email as
 * they chose for its kind (urgent notices and emergencies always by SMS; there are no quiet hours). Inbox rows and outbox rows are written in
 * the caller's transaction, so a notice exists exactly when the act that caused it committed; the
 * outbox is then sent with retries. Called by the module's event listeners, one per source module.
 */
@Service
public class Notices {

    private final Accounts accounts;
    private final InboxStore inbox;
    private final OutboxStore outbox;
    private final PreferenceStore preferences;
    private final LanguageStore languages;
    private final EmailSender email;
    private final ImmediateDispatch immediate;
    private final PersonalDataCipher cipher;
    private final NoticeTexts texts;
    private final Clock clock;

    Notices(Accounts accounts, InboxStore inbox, OutboxStore outbox, PreferenceStore preferences, LanguageStore languages,
            EmailSender email, ImmediateDispatch immediate, PersonalDataCipher cipher, NoticeTexts texts, Clock clock) {
        this.accounts = accounts;
        this.inbox = inbox;
        this.outbox = outbox;
        this.preferences = preferences;
        this.languages = languages;
        this.email = email;
        this.immediate = immediate;
        this.cipher = cipher;
        this.texts = texts;
        this.clock = clock;
    }

    /** Sends the notice to the accounts; unknown accounts are skipped. */
    @Transactional
    public void send(Collection<Long> recipientAccountIds, Notice notice) {
        Instant now = clock.instant();
        List<Contact> contacts = accounts.contacts(recipientAccountIds);
        List<Long> ids = contacts.stream().map(Contact::accountId).toList();
        Map<Long, String> language = languages.languages(ids);
        Map<Long, ChannelChoice> choice = preferences.choices(ids, notice.kind());
        boolean emailActive = email.active();
        List<UUID> urgent = new ArrayList<>();
        for (Contact contact : contacts) {
            String lang = language.get(contact.accountId());
            Locale locale = Recipients.locale(lang);
            String title = texts.title(locale, notice);
            String body = texts.body(locale, notice);
            if (!inbox.insert(contact.accountId(), notice.kind(), title, body, notice.link(), notice.isUrgent(),
                    notice.onceKey(), now)) {
                continue; // this event's notice reached this person already: no second SMS or email either
            }
            ChannelChoice chosen = choice.get(contact.accountId());
            if ((chosen.sms() || notice.isUrgent() || notice.kind().alwaysBySms()) && contact.phone() != null) {
                String text = texts.smsText(locale, title, body);
                var id = outbox.insert(new NewMessage(Channel.SMS, notice.kind(), contact.accountId(),
                        cipher.encrypt(contact.phone()), Masking.phone(contact.phone()), lang, null, text,
                        texts.smsValues(locale, notice, title, body, text), notice.isUrgent(), null, null), now);
                if (notice.isUrgent()) {
                    id.ifPresent(urgent::add);
                }
            }
            if (chosen.email() && emailActive && contact.email() != null) {
                outbox.insert(new NewMessage(Channel.EMAIL, notice.kind(), contact.accountId(),
                        cipher.encrypt(contact.email()), Recipients.maskEmail(contact.email()), lang,
                        texts.emailSubject(locale, title), texts.emailText(locale, body, notice), Map.of(),
                        notice.isUrgent(), null, null), now);
            }
        }
        immediate.afterCommit(urgent);
    }

    /**
     * Sends the notice's text by SMS to a phone that need not belong to an account (one-time codes),
     * at once and through the outbox. A secret text (kind CODE) is forgotten once sent. A notice with
     * a {@link Notice#once once-key} goes to the phone only the first time.
     *
     * @param language {@code zh} or {@code en}
     * @param validity after this the message is no longer worth sending (e.g. a code's lifetime), or null
     */
    @Transactional
    public void sendToPhone(String phone, String language, Notice notice, Duration validity) {
        Instant now = clock.instant();
        String lang = "en".equals(language) ? "en" : "zh";
        Locale locale = Recipients.locale(lang);
        String text = texts.body(locale, notice);
        outbox.insert(new NewMessage(Channel.SMS, notice.kind(), null, cipher.encrypt(phone),
                Masking.phone(phone), lang, null, text, texts.smsValues(locale, notice, texts.title(locale, notice), text, text),
                true, now.plus(validity), notice.onceKey()), now)
                .ifPresent(id -> immediate.afterCommit(List.of(id)));
    }
}
