package org.gongshang.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The id of the account acting in the current request, for modules that only need to record who
 * did something (audit). Modules that decide by role and region use the identity module's Actors.
 */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<Long> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.accountId());
        }
        return Optional.empty();
    }

    /** The id, or null when nobody is signed in; convenient for audit records. */
    public static @org.jspecify.annotations.Nullable Long idOrNull() {
        return id().orElse(null);
    }
}
