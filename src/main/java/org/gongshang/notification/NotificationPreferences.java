package org.gongshang.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Contact;
import org.gongshang.notification.internal.EmailSender;
import org.gongshang.notification.internal.LanguageStore;
import org.gongshang.notification.internal.PreferenceStore;
import org.gongshang.notification.internal.Recipients;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which channels a person wants per kind of message, and the language messages are written in. */
@Service
public class NotificationPreferences {

    private final PreferenceStore preferences;
    private final LanguageStore languages;
    private final Accounts accounts;
    private final EmailSender email;
    private final Clock clock;

    NotificationPreferences(PreferenceStore preferences, LanguageStore languages, Accounts accounts, EmailSender email,
            Clock clock) {
        this.preferences = preferences;
        this.languages = languages;
        this.accounts = accounts;
        this.email = email;
        this.clock = clock;
    }

    public NotificationSettings of(long accountId) {
        Map<MessageKind, ChannelChoice> choices = preferences.choices(accountId);
        var language = languages.find(accountId).orElse(new LanguageStore.Language(LanguageStore.DEFAULT, false));
        Contact contact = accounts.contact(accountId)
                .orElseThrow(() -> DomainException.notFound("identity.account.unknown", accountId));
        List<ChannelChoice> choosable = Arrays.stream(MessageKind.values()).filter(MessageKind::choosable)
                .map(choices::get).map(NotificationPreferences::withFixedSms).toList();
        return new NotificationSettings(language.code(), language.chosen(), choosable, email.active(),
                contact.phone() != null, contact.email() != null);
    }

    /**
     * Saves the choices given (kinds not mentioned keep theirs) and, if given, the language.
     *
     * @throws DomainException INVALID for a language other than zh or en, or a choice for codes
     */
    @Transactional
    public NotificationSettings update(long accountId, @Nullable String language, List<ChannelChoice> choices) {
        if (language != null && !language.equals("zh") && !language.equals("en")) {
            throw DomainException.invalidField("language", "notification.preferences.language-invalid");
        }
        if (choices.stream().anyMatch(choice -> !choice.kind().choosable())) {
            throw DomainException.invalidField("choices", "notification.preferences.code-fixed");
        }
        var now = clock.instant();
        choices.forEach(choice -> preferences.save(accountId, withFixedSms(choice), now));
        if (language != null) {
            languages.choose(accountId, language, now);
        }
        return of(accountId);
    }

    /** Emergencies go by SMS whatever was chosen: the settings say so rather than show a choice that does nothing. */
    private static ChannelChoice withFixedSms(ChannelChoice choice) {
        return choice.kind().alwaysBySms() ? new ChannelChoice(choice.kind(), true, choice.email()) : choice;
    }

    /** The site language the person uses becomes their message language, unless they chose one. */
    @Transactional
    public void rememberSiteLanguage(long accountId, Locale siteLocale) {
        languages.rememberUsed(accountId, Recipients.language(siteLocale), clock.instant());
    }
}
