package org.gongshang.emergency.internal;

import java.time.Instant;

import org.gongshang.emergency.Target;
import org.gongshang.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A warning or an escalation of one target goes out exactly once: the step claims its row in the
 * transaction that sends it; a second claim (another node, the job again) finds it taken.
 */
@Repository
public class TimerClaims {

    public enum Step {
        WARNING, MISSED
    }

    private final JdbcClient jdbc;

    TimerClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether this caller claimed it (false: claimed before) */
    public boolean claim(long emergencyId, Target target, Step step, Instant at) {
        return jdbc.sql("""
                insert into emergency_timer_claim (emergency_id, target, step, claimed_at)
                values (:emergency, :target, :step, :at) on conflict do nothing""")
                .param("emergency", emergencyId).param("target", target.name()).param("step", step.name())
                .param("at", Rows.timestamp(at)).update() > 0;
    }
}
