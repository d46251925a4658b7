package org.gongshang.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed password logins, by a keyed hash of the name as typed and by address. */
@Repository
public class SignInFailureStore {

    /** How many failures since a moment, and when the last one was. */
    public record Failures(int count, @Nullable Instant last) {
    }

    private final JdbcClient jdbc;

    SignInFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(byte[] subjectHash, @Nullable String ip, Instant at) {
        jdbc.sql("insert into sign_in_failure (subject_hash, ip, failed_at) values (:subject, :ip, :at)")
                .param("subject", subjectHash).param("ip", ip).param("at", Timestamp.from(at)).update();
    }

    public Failures ofSubject(byte[] subjectHash, Instant since) {
        return jdbc.sql("select count(*) as count, max(failed_at) as last from sign_in_failure where subject_hash = :subject and failed_at >= :since")
                .param("subject", subjectHash).param("since", Timestamp.from(since)).query(SignInFailureStore::failures).single();
    }

    public Failures ofAddress(String ip, Instant since) {
        return jdbc.sql("select count(*) as count, max(failed_at) as last from sign_in_failure where ip = :ip and failed_at >= :since")
                .param("ip", ip).param("since", Timestamp.from(since)).query(SignInFailureStore::failures).single();
    }

    /** After a successful login, or an administrator's "clear", the name starts afresh; its address does not. */
    public void forget(byte[]... subjectHashes) {
        for (byte[] subject : subjectHashes) {
            jdbc.sql("delete from sign_in_failure where subject_hash = :subject").param("subject", subject).update();
        }
    }

    private static Failures failures(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last");
        return new Failures(rs.getInt("count"), last == null ? null : last.toInstant());
    }

    public int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from sign_in_failure where failed_at < :before").param("before", Timestamp.from(before)).update();
    }
}
