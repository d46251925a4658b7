package org.gongshang.consultation.internal;

import java.util.List;

import org.gongshang.consultation.ConsultationConcluded;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code consultation_voice_rollup}: when a consultation concludes, in the same transaction, its
 * people checked in and seconds spoken per category are added to the month and district it concluded
 * in (a concluded consultation's roster and turns no longer change). Empty at start-up, the table is
 * counted from the concluded consultations.
 */
@Component
class VoiceRollup {

    private static final Logger log = LoggerFactory.getLogger(VoiceRollup.class);

    /** Each category of one consultation (or of all concluded ones), with people checked in and seconds spoken. */
    private static final String VOICES = """
            select cast(date_trunc('month', c.concluded_at at time zone :zone) as date) as month, d.district, p.category,
                   count(distinct c.id) as consultations,
                   count(*) filter (where p.checked_in_at is not null) as attendees,
                   coalesce(sum((select sum(greatest(0, floor(extract(epoch from coalesce(t.ended_at, c.concluded_at) - t.started_at))))
                                 from turn t where t.participant_id = p.id)), 0) as seconds
            from consultation c join participant p on p.consultation_id = c.id
                 join unnest(cast(:codes as text[]), cast(:districts as text[])) as d(code, district) on d.code = c.region_code
            where c.status = 'CONCLUDED' and c.concluded_at is not null and (cast(:id as bigint) is null or c.id = :id)
            group by 1, 2, 3""";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final TransactionTemplate transaction;

    VoiceRollup(JdbcClient jdbc, Regions regions, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.transaction = transaction;
    }

    @EventListener
    void on(ConsultationConcluded concluded) {
        add(concluded.consultationId(), List.of(concluded.regionCode()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillWhenEmpty() {
        long started = System.nanoTime();
        Boolean filled = transaction.execute(status -> {
            jdbc.sql("lock table consultation_voice_rollup in share row exclusive mode").update();
            if (jdbc.sql("select exists (select 1 from consultation_voice_rollup)").query(Boolean.class).single()) {
                return false;
            }
            add(null, jdbc.sql("select distinct region_code from consultation where status = 'CONCLUDED'").query(String.class).list());
            return true;
        });
        if (Boolean.TRUE.equals(filled)) {
            log.info("consultation voice roll-up counted from the records in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void add(@Nullable Long consultationId, List<String> codes) {
        jdbc.sql("insert into consultation_voice_rollup as r (month, district_code, category, consultations, attendees, seconds) "
                        + VOICES + " on conflict (month, district_code, category) do update set"
                        + " consultations = r.consultations + excluded.consultations, attendees = r.attendees + excluded.attendees,"
                        + " seconds = r.seconds + excluded.seconds")
                .param("zone", Zones.platform().getId()).param("id", consultationId)
                .param("codes", codes.toArray(String[]::new))
                .param("districts", codes.stream().map(this::district).toArray(String[]::new))
                .update();
    }

    private String district(String regionCode) {
        return regions.enclosing(regionCode, RegionLevel.DISTRICT).map(Region::code).orElse(regionCode);
    }
}
