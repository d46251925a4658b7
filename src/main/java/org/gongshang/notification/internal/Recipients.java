package org.gongshang.notification.internal;

import java.util.Locale;

/** How recipients and their languages are written down in the outbox. */
public final class Recipients {

    private Recipients() {
    }

    /** {@code wang.fang@example.com} → {@code w***@example.com}: enough for an admin to tell them apart. */
    public static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Messages are written in Chinese (zh, the default) or English (en). */
    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The message language for a site language: English stays English, all else is Chinese. */
    public static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh";
    }
}
