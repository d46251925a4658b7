package org.gongshang.notification.internal;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongshang.notification.Notice;
import org.gongshang.shared.web.Messages;
import org.gongshang.shared.web.PublicAddress;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A notice written out in one recipient's language: its title and body from the bundles, the SMS
 * text for gateways that take a text, the named values for providers' templates, and the email.
 */
@Component
public class NoticeTexts {

    /** The most arguments a template can name ({@code arg0}...{@code arg9}). */
    static final int MAX_ARGS = 10;

    private final Messages messages;
    private final PublicAddress address;

    NoticeTexts(Messages messages, PublicAddress address) {
        this.messages = messages;
        this.address = address;
    }

    public String title(Locale locale, Notice notice) {
        return messages.get(locale, notice.titleKey(), notice.args().toArray());
    }

    public String body(Locale locale, Notice notice) {
        return messages.get(locale, notice.bodyKey(), notice.args().toArray());
    }

    /** The whole SMS of a notice to an account: its title and body after the sign. */
    public String smsText(Locale locale, String title, String body) {
        return messages.get(locale, "notification.sms.text", title, body);
    }

    /**
     * The values a provider's template may take: {@code title}, {@code body}, {@code text} (the
     * whole SMS), {@code link} (the full address, or empty) and each argument as {@code arg0}...
     */
    public Map<String, String> smsValues(Locale locale, Notice notice, String title, String body, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("body", body);
        values.put("text", text);
        values.put("link", notice.link() == null ? "" : address.messageLink(notice.link()));
        List<Object> args = notice.args();
        for (int i = 0; i < Math.min(args.size(), MAX_ARGS); i++) {
            values.put("arg" + i, argument(locale, args.get(i)));
        }
        return values;
    }

    public String emailSubject(Locale locale, String title) {
        return messages.get(locale, "notification.email.subject", title);
    }

    public String emailText(Locale locale, String body, Notice notice) {
        StringBuilder text = new StringBuilder(body).append("\n\n");
        if (notice.link() != null) {
            text.append(messages.get(locale, "notification.email.link", address.messageLink(notice.link()))).append("\n\n");
        }
        return text.append("-- \n")
                .append(messages.get(locale, "notification.email.footer", address.messageLink("/account/notifications")))
                .toString();
    }

    /** As the argument reads in the body: translated, or formatted for the language like MessageFormat does. */
    private String argument(Locale locale, Object arg) {
        if (arg instanceof MessageSourceResolvable resolvable) {
            return messages.get(locale, resolvable);
        }
        return new MessageFormat("{0}", locale).format(new Object[] {arg});
    }
}
