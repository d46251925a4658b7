package org.gongshang.emergency.internal;

import java.time.Instant;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who reported each event: the first reporter and those who joined or whose reports were merged in. */
@Repository
public class ReporterStore {

    /** @param role what they reported as: RESIDENT, MEMBER, CADRE, STAFF or ADMIN */
    public record Reporter(long accountId, Role role, Instant reportedAt) {
    }

    private final JdbcClient jdbc;

    ReporterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the account is a reporter already */
    public boolean add(long emergencyId, long accountId, Role role, Instant at) {
        return jdbc.sql("""
                insert into emergency_reporter (emergency_id, account_id, role, reported_at)
                values (:emergency, :account, :role, :at) on conflict do nothing""")
                .param("emergency", emergencyId).param("account", accountId).param("role", role.name())
                .param("at", Rows.timestamp(at)).update() > 0;
    }

    public List<Reporter> of(long emergencyId) {
        return jdbc.sql("select account_id, role, reported_at from emergency_reporter where emergency_id = :emergency order by reported_at")
                .param("emergency", emergencyId).query(Reporter.class).list();
    }

    public boolean isReporter(long emergencyId, long accountId) {
        return jdbc.sql("select exists (select 1 from emergency_reporter where emergency_id = :emergency and account_id = :account)")
                .param("emergency", emergencyId).param("account", accountId).query(Boolean.class).single();
    }

    /** A merged event's reporters carry on with the survivor; a reporter of both keeps their first report. */
    public void moveAll(long fromEmergencyId, long toEmergencyId) {
        jdbc.sql("""
                insert into emergency_reporter (emergency_id, account_id, role, reported_at)
                select :to, account_id, role, reported_at from emergency_reporter where emergency_id = :from
                on conflict do nothing""")
                .param("from", fromEmergencyId).param("to", toEmergencyId).update();
    }
}
