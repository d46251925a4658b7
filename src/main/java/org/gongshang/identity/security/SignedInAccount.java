package org.gongshang.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.shared.security.AccountPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The principal of every signed-in request, by session or by API token. It is rebuilt from the
 * database on each request, so disabled accounts and changed roles take effect at once.
 */
public final class SignedInAccount implements AccountPrincipal, OAuth2AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String username;
    private final boolean mustChangePassword;
    private final boolean hasPhone;
    private final int credentialsVersion;

    /** @param credentialsVersion the account's current one; a session begun under another has ended */
    public SignedInAccount(Actor actor, String username, boolean mustChangePassword, boolean hasPhone, int credentialsVersion) {
        this.actor = actor;
        this.username = username;
        this.mustChangePassword = mustChangePassword;
        this.hasPhone = hasPhone;
        this.credentialsVersion = credentialsVersion;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public long accountId() {
        return actor.accountId();
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return actor.realName();
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean hasPhone() {
        return hasPhone;
    }

    public int credentialsVersion() {
        return credentialsVersion;
    }

    public boolean needsSecondFactor() {
        return actor.grants().stream().map(RoleGrant::role).anyMatch(Role::needsSecondFactor);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.grants().stream().map(grant -> grant.role().authority()).distinct()
                .map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("accountId", actor.accountId(), "username", username);
    }

    @Override
    public @Nullable <A> A getAttribute(String name) {
        return OAuth2AuthenticatedPrincipal.super.getAttribute(name);
    }

    @Override
    public String getName() {
        return String.valueOf(actor.accountId());
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + actor.accountId() + "]";
    }

    static List<String> roleNames(SignedInAccount account) {
        return account.actor.grants().stream().map(grant -> grant.role().name()).distinct().toList();
    }
}
