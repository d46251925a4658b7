package org.gongshang.identity.security;

import org.springframework.security.core.AuthenticationException;

/** A refused login with the message to show, translated on the login page. */
public class LoginFailure extends AuthenticationException {

    private final String messageKey;
    private final transient Object[] args;

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
