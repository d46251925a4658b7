package org.gongshang.shared.security;

/** The signed-in account behind a request, whichever way it signed in (session or API token). */
public interface AccountPrincipal {

    long accountId();
}
