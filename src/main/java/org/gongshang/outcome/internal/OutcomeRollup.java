package org.gongshang.outcome.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outcome roll-ups, changed in the transaction of each act with atomic upserts: facts counted by
 * the month they happened (a transfer, a reply, a rating round's result), and the recommendations being
 * handled by deadline, moved from their old cell to the new one whenever a recommendation is saved.
 */
@Repository
public class OutcomeRollup {

    /** A recommendation as the stock of those being handled counts it. */
    public record Handled(RecommendationStatus status, @Nullable Long organizationId, @Nullable LocalDate dueOn) {

        boolean counts() {
            return status.isBeingHandled() && organizationId != null && dueOn != null;
        }
    }

    /** A counter of {@code outcome_rollup}. */
    public enum Fact {
        TRANSFERRED, REPLIED_ON_TIME, REPLIED_LATE, SOLVED, BEING_SOLVED, FOR_REFERENCE, SATISFIED, BASICALLY_SATISFIED,
        UNSATISFIED, NOT_RATED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final Regions regions;

    OutcomeRollup(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** One more of a fact for a department, in the month of {@code at}. */
    public void count(Fact fact, String regionCode, long organizationId, Instant at) {
        LocalDate month = LocalDate.ofInstant(at, Zones.platform()).withDayOfMonth(1);
        String column = fact.column();
        jdbc.sql("insert into outcome_rollup as r (month, district_code, organization_id, " + column + ")"
                        + " values (:month, :district, :organization, 1)"
                        + " on conflict (month, district_code, organization_id) do update set " + column + " = r." + column + " + 1")
                .param("month", Date.valueOf(month)).param("district", district(regionCode)).param("organization", organizationId)
                .update();
    }

    /** Moves a saved recommendation from what it was to what it is in the stock being handled. */
    public void moved(String regionCode, Handled before, Handled after) {
        if (before.equals(after) || (!before.counts() && !after.counts())) {
            return;
        }
        String district = district(regionCode);
        if (before.counts()) {
            handled(before, district, -1);
        }
        if (after.counts()) {
            handled(after, district, 1);
        }
    }

    String district(String regionCode) {
        return regions.enclosing(regionCode, RegionLevel.DISTRICT).map(Region::code).orElse(regionCode);
    }

    private void handled(Handled handled, String district, int sign) {
        jdbc.sql("""
                insert into outcome_open_rollup as r (due_on, district_code, organization_id, recommendations)
                values (:due, :district, :organization, :n)
                on conflict (due_on, district_code, organization_id) do update set recommendations = r.recommendations + excluded.recommendations""")
                .param("due", Date.valueOf(Objects.requireNonNull(handled.dueOn()))).param("district", district)
                .param("organization", handled.organizationId()).param("n", sign)
                .update();
    }
}
