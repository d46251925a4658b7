package org.gongshang.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access_token table; a token is found by its SHA-256. */
@Repository
public class TokenStore {

    public record TokenRow(long accountId, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(byte[] tokenHash, long accountId, Instant expiresAt) {
        jdbc.sql("insert into access_token (token_hash, account_id, expires_at) values (:hash, :account, :expires)")
                .param("hash", tokenHash).param("account", accountId).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    public Optional<TokenRow> findValid(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                select account_id, expires_at from access_token
                where token_hash = :hash and revoked_at is null and expires_at > :now""")
                .param("hash", tokenHash).param("now", Timestamp.from(now))
                .query((rs, n) -> new TokenRow(rs.getLong("account_id"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    public boolean revoke(byte[] tokenHash, Instant now) {
        return jdbc.sql("update access_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).update() > 0;
    }

    public void revokeAll(long accountId, Instant now) {
        jdbc.sql("update access_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("account", accountId).param("now", Timestamp.from(now)).update();
    }

    public int deleteExpiredBefore(Instant before) {
        return jdbc.sql("delete from access_token where expires_at < :before").param("before", Timestamp.from(before)).update();
    }
}
