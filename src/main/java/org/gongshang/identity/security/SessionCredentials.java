package org.gongshang.identity.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The credentials version a page session began under. A password change or reset raises the
 * account's version, and every session still holding an older one is signed out at its next
 * request; the session that made the change takes the new version and stays.
 */
public final class SessionCredentials {

    static final String SESSION_KEY = SessionCredentials.class.getName();

    private SessionCredentials() {
    }

    public static void remember(HttpSession session, int credentialsVersion) {
        session.setAttribute(SESSION_KEY, credentialsVersion);
    }

    /** Sessions from before versions were kept count as version 0, as every account started. */
    static boolean current(@Nullable HttpSession session, SignedInAccount account) {
        Object version = session == null ? null : session.getAttribute(SESSION_KEY);
        return (version instanceof Integer kept ? kept : 0) == account.credentialsVersion();
    }
}
