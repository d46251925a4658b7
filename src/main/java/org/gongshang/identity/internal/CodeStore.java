package org.gongshang.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verification_code table; codes themselves are never stored, only their keyed hash. */
@Repository
public class CodeStore {

    public record ActiveCode(long id, byte[] codeHash, int attempts) {
    }

    private final JdbcClient jdbc;

    CodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(byte[] phoneHash, String purpose, byte[] codeHash, @Nullable String ip, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into verification_code (phone_hash, purpose, code_hash, requested_ip, created_at, expires_at)
                values (:phone, :purpose, :code, :ip, :now, :expires)""")
                .param("phone", phoneHash).param("purpose", purpose).param("code", codeHash).param("ip", ip)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    public Optional<Instant> lastRequestedAt(byte[] phoneHash) {
        return jdbc.sql("select max(created_at) from verification_code where phone_hash = :phone")
                .param("phone", phoneHash).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public int countForPhoneSince(byte[] phoneHash, Instant since) {
        return jdbc.sql("select count(*) from verification_code where phone_hash = :phone and created_at >= :since")
                .param("phone", phoneHash).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    public int countForAddressSince(String ip, Instant since) {
        return jdbc.sql("select count(*) from verification_code where requested_ip = :ip and created_at >= :since")
                .param("ip", ip).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** The newest unused, unexpired code for the phone and purpose, locked for the check. */
    public Optional<ActiveCode> latestActive(byte[] phoneHash, String purpose, Instant now) {
        return jdbc.sql("""
                select id, code_hash, attempts from verification_code
                where phone_hash = :phone and purpose = :purpose and used_at is null and expires_at > :now
                order by created_at desc limit 1 for update""")
                .param("phone", phoneHash).param("purpose", purpose).param("now", Timestamp.from(now))
                .query((rs, n) -> new ActiveCode(rs.getLong("id"), rs.getBytes("code_hash"), rs.getInt("attempts")))
                .optional();
    }

    public void recordWrongAttempt(long id) {
        jdbc.sql("update verification_code set attempts = attempts + 1 where id = :id").param("id", id).update();
    }

    public void markUsed(long id, Instant now) {
        jdbc.sql("update verification_code set used_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Voids the code, e.g. after too many wrong tries. */
    public void expire(long id, Instant now) {
        jdbc.sql("update verification_code set expires_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    public int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from verification_code where created_at < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
