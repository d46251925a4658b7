package org.gongshang.identity.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A refused login with the message to show, translated on the login page. It waits in the session
 * (stored in the database) until the page shows it, so its arguments must be serialisable (numbers, text).
 */
public class LoginFailure extends AuthenticationException {

    private final String messageKey;
    private final Object[] args;

    public LoginFailure(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
