package org.gongshang.emergency.internal;

import java.time.Instant;
import java.util.List;

import org.gongshang.emergency.Rating;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporters' ratings, once each: the primary key refuses a second one. */
@Repository
public class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this account rated the event already */
    public boolean add(long emergencyId, long accountId, Satisfaction satisfaction, @Nullable String comment, Instant at) {
        return jdbc.sql("""
                insert into emergency_rating (emergency_id, account_id, satisfaction, comment, rated_at)
                values (:emergency, :account, :satisfaction, :comment, :at) on conflict do nothing""")
                .param("emergency", emergencyId).param("account", accountId).param("satisfaction", satisfaction.name())
                .param("comment", comment).param("at", Rows.timestamp(at)).update() > 0;
    }

    public List<Rating> of(long emergencyId) {
        return jdbc.sql("""
                select account_id, satisfaction, comment, rated_at from emergency_rating
                where emergency_id = :emergency order by rated_at""")
                .param("emergency", emergencyId).query(Rating.class).list();
    }
}
