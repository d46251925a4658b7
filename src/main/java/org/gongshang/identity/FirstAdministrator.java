package org.gongshang.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.gongshang.identity.internal.RoleGrantRepository;
import org.gongshang.identity.internal.SetupTokenStore;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real installation starts with no account at all. As Jenkins and Grafana do, it prints a link
 * with a random token to the console — only someone who can read the server's console can use it —
 * valid once and for a day ({@code setup-link-validity}), where the first administrator sets name,
 * phone and password. A new start prints a new link and voids the old one; once an administrator
 * exists (by this link, {@code create-admin} or a grant), no link works.
 */
@Service
public class FirstAdministrator {

    private final SetupTokenStore tokens;
    private final RoleGrantRepository grants;
    private final AccountOpening opening;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(SetupTokenStore tokens, RoleGrantRepository grants, AccountOpening opening, IdentityProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.grants = grants;
        this.opening = opening;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new set-up token when the installation has no administrator yet; empty otherwise. */
    @Transactional
    public Optional<String> issueIfNoAdministrator() {
        if (grants.existsByRole(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(issue());
    }

    /** A new set-up token, voiding any earlier one. */
    @Transactional
    public String issue() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        tokens.replaceAll(hash(token), now, now.plus(properties.setupLinkValidity()));
        return token;
    }

    public boolean isValid(String token) {
        return wellFormed(token) && tokens.isValid(hash(token), clock.instant());
    }

    /**
     * Opens the first administrator and uses the link up, both or neither.
     *
     * @throws DomainException NOT_FOUND for an unknown, used or expired link; INVALID for the form's fields
     */
    @Transactional
    public long complete(String token, String username, String realName, String phone, String password) {
        if (!wellFormed(token) || !tokens.consume(hash(token), clock.instant())) {
            throw DomainException.notFound("identity.setup.link-invalid");
        }
        if (phone == null || phone.isBlank()) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        return opening.openAdministrator(username, realName, password, phone, "set-up link");
    }

    private static boolean wellFormed(@Nullable String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
