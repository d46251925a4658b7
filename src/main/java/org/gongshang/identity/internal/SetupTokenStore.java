package org.gongshang.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-time links that create the first administrator; only their SHA-256 is kept. */
@Repository
public class SetupTokenStore {

    private final JdbcClient jdbc;

    SetupTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link replaces every earlier one: only the newest printed link works. */
    public void replaceAll(byte[] tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("delete from setup_token").update();
        jdbc.sql("insert into setup_token (token_hash, created_at, expires_at) values (:hash, :now, :expires)")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).update();
    }

    public boolean isValid(byte[] tokenHash, Instant now) {
        return jdbc.sql("select exists (select 1 from setup_token where token_hash = :hash and expires_at > :now)")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).query(Boolean.class).single();
    }

    /** Uses the link up: true only for the one caller that held a valid link. */
    public boolean consume(byte[] tokenHash, Instant now) {
        return jdbc.sql("delete from setup_token where token_hash = :hash and expires_at > :now")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).update() == 1;
    }

    public void deleteAll() {
        jdbc.sql("delete from setup_token").update();
    }
}
