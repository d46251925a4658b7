package org.gongshang.identity.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/** Resolves an API bearer token to its account, from our own token table. */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

    private final AccessTokens tokens;
    private final SignedInAccounts accounts;

    TokenIntrospector(AccessTokens tokens, SignedInAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return tokens.accountOf(token).flatMap(accounts::load)
                .orElseThrow(() -> new BadOpaqueTokenException("Unknown, expired or revoked token"));
    }
}
