package org.gongshang.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gongshang.identity.IdentityProperties;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.cluster.ClusterSignals;
import org.springframework.context.event.EventListener;
import org.gongshang.identity.internal.TokenStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opaque bearer tokens for the API: 256 random bits, stored as SHA-256, revocable at logout. */
@Component
public class AccessTokens {

    public record Issued(String token, Duration validity) {
        @Override
        public String toString() {
            return "Issued[" + validity + "]";
        }
    }

    private final TokenStore store;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private static final Set<String> REVOKING = Set.of("identity.account-disabled", "identity.password-reset",
            "identity.password-changed");

    /** A token's account for a few seconds; revoking on this node forgets it at once. */
    private final Cache<String, Optional<Long>> recent;

    AccessTokens(TokenStore store, IdentityProperties properties, Clock clock, ClusterSignals signals) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().expireAfterWrite(properties.principalCache()).maximumSize(100_000).build();
        // Revocations on other nodes (the audited act's signal); one token's logout elsewhere waits for principal-cache.
        signals.subscribe(SignedInAccounts.ACCOUNT_CHANGED, signal -> {
            if (!signal.fromThisNode()) {
                forget(AccountChange.parse(signal.payload()));
            }
        });
    }

    @Transactional
    public Issued issue(long accountId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.insert(hash(token), accountId, clock.instant().plus(properties.tokenValidity()));
        return new Issued(token, properties.tokenValidity());
    }

    public Optional<Long> accountOf(String token) {
        return recent.get(token, key -> store.findValid(hash(key), clock.instant()).map(TokenStore.TokenRow::accountId));
    }

    @Transactional
    public boolean revoke(String token) {
        recent.invalidate(token);
        return store.revoke(hash(token), clock.instant());
    }

    /** An account whose tokens were all revoked (disabled, password changed or reset): forget its tokens here. */
    @EventListener
    void forgetRevoked(AuditRecord record) {
        AccountChange.of(record).ifPresent(this::forget);
    }

    private void forget(AccountChange change) {
        if (REVOKING.contains(change.action())) {
            Optional<Long> account = Optional.of(change.accountId());
            recent.asMap().values().removeIf(account::equals);
        }
    }

    /** Run once a night by one node (the persistent scheduler, see IdentitySchedule). */
    @Transactional
    public void forgetExpired() {
        store.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
