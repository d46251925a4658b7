package org.gongshang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Checks the message a page shows after a redirect: pages flash a message key and arguments
 * ({@code noticeKey}/{@code noticeArgs}, {@code errorKey}/{@code errorArgs}), translated when shown.
 */
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    /** The Chinese notice the next page shows, e.g. {@code 已保存。}. */
    public ResultMatcher notice(String expected) {
        return shows("noticeKey", "noticeArgs", expected);
    }

    /** The Chinese error the next page shows. */
    public ResultMatcher error(String expected) {
        return shows("errorKey", "errorArgs", expected);
    }

    private ResultMatcher shows(String keyAttribute, String argsAttribute, String expected) {
        return result -> {
            Object key = result.getFlashMap().get(keyAttribute);
            assertThat(key).as("flash " + keyAttribute).isNotNull();
            Object[] args = (Object[]) result.getFlashMap().get(argsAttribute);
            assertThat(messages.getMessage(key.toString(), args, Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected);
        };
    }
}
