package org.gongshang.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registration attempts, counted for the per-address and per-phone limits. */
@Repository
public class RegistrationAttemptStore {

    private final JdbcClient jdbc;

    RegistrationAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(byte[] phoneHash, @Nullable String ip, Instant at) {
        jdbc.sql("insert into registration_attempt (phone_hash, ip, attempted_at) values (:phone, :ip, :at)")
                .param("phone", phoneHash).param("ip", ip).param("at", Timestamp.from(at)).update();
    }

    public int countForPhoneSince(byte[] phoneHash, Instant since) {
        return jdbc.sql("select count(*) from registration_attempt where phone_hash = :phone and attempted_at >= :since")
                .param("phone", phoneHash).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    public int countForAddressSince(String ip, Instant since) {
        return jdbc.sql("select count(*) from registration_attempt where ip = :ip and attempted_at >= :since")
                .param("ip", ip).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    public int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from registration_attempt where attempted_at < :before").param("before", Timestamp.from(before)).update();
    }
}
