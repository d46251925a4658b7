package org.gongshang.shared.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message bundle lookups in the locale of the current request. */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, locale());
    }

    /** The message, or empty when no bundle has the key (for labels that fall back to a code). */
    public Optional<String> find(String key, Object... args) {
        return Optional.ofNullable(source.getMessage(key, args, null, locale()));
    }

    public String get(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, locale());
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }

    public String get(Locale locale, MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, locale);
    }

    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
