package org.gongshang.topic.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.TopicStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topics counted by month, district, source, category, status and decline reason, changed in the
 * transaction that stores a topic: a new topic adds one, a change of status moves one from the old
 * cell to the new with atomic upserts, so that screeners deciding at the same moment never lose each
 * other's counts and the dashboard never counts topics one by one.
 */
@Repository
public class TopicRollup {

    private final JdbcClient jdbc;
    private final Regions regions;

    TopicRollup(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public void added(Topic topic) {
        apply(topic, topic.status(), topic.declineReason(), 1);
    }

    /** After a topic left {@code fromStatus} (and {@code fromReason}) for what it holds now. */
    public void moved(Topic topic, TopicStatus fromStatus, @Nullable DeclineReason fromReason) {
        if (fromStatus == topic.status() && Objects.equals(fromReason, topic.declineReason())) {
            return;
        }
        apply(topic, fromStatus, fromReason, -1);
        apply(topic, topic.status(), topic.declineReason(), 1);
    }

    /** The district a region's topics are counted under: its own district, or itself above districts. */
    String district(String regionCode) {
        return regions.enclosing(regionCode, RegionLevel.DISTRICT).map(Region::code).orElse(regionCode);
    }

    /** Counts every topic again, when the roll-up is empty; false when it had rows (nothing done). */
    @Transactional
    public boolean rebuildIfEmpty() {
        jdbc.sql("lock table topic_rollup in share row exclusive mode").update();
        if (jdbc.sql("select exists (select 1 from topic_rollup)").query(Boolean.class).single()) {
            return false;
        }
        List<String> codes = jdbc.sql("select distinct region_code from topic").query(String.class).list();
        jdbc.sql("""
                insert into topic_rollup (month, district_code, source, category, status, decline_reason, topics)
                select cast(date_trunc('month', t.submitted_at at time zone :zone) as date), d.district, t.source, t.category,
                       t.status, coalesce(t.decline_reason, ''), count(*)
                from topic t join unnest(cast(:codes as text[]), cast(:districts as text[])) as d(code, district)
                     on d.code = t.region_code
                group by 1, 2, 3, 4, 5, 6""")
                .param("zone", Zones.platform().getId()).param("codes", codes.toArray(String[]::new))
                .param("districts", codes.stream().map(this::district).toArray(String[]::new))
                .update();
        return true;
    }

    private void apply(Topic topic, TopicStatus status, @Nullable DeclineReason reason, int sign) {
        LocalDate month = LocalDate.ofInstant(topic.submittedAt(), Zones.platform()).withDayOfMonth(1);
        jdbc.sql("""
                insert into topic_rollup as r (month, district_code, source, category, status, decline_reason, topics)
                values (:month, :district, :source, :category, :status, :reason, :n)
                on conflict (month, district_code, source, category, status, decline_reason)
                do update set topics = r.topics + excluded.topics""")
                .param("month", Date.valueOf(month)).param("district", district(topic.regionCode()))
                .param("source", topic.source().name()).param("category", topic.category().name())
                .param("status", status.name()).param("reason", reason == null ? "" : reason.name()).param("n", sign)
                .update();
    }
}
