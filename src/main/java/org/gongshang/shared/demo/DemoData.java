package org.gongshang.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once per database, all modules together or not at all. It runs once all
 * beans exist but before the web server accepts requests, so the first visitor finds the demo.
 * A database that holds demo data is refused outside demo mode: its accounts have a published
 * password, and a real installation must never start on it by mistake.
 */
@Component
class DemoData implements SmartInitializingSingleton {

    static final String MARKER = "demo.seeded-at";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoMode mode;
    private final List<DemoSeeder> seeders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String command;

    DemoData(DemoMode mode, List<DemoSeeder> seeders, JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${gongshang.command:}") String command) {
        this.mode = mode;
        this.seeders = seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.command = command;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!command.isEmpty()) {
            return;
        }
        if (!mode.isOn()) {
            refuseDemoDatabase();
            return;
        }
        transaction.executeWithoutResult(status -> {
            // A lock, so that two nodes starting together do not both seed.
            jdbc.sql("select pg_advisory_xact_lock(7310001)").query().singleValue();
            boolean seeded = jdbc.sql("select count(*) from platform_setting where name = :name")
                    .param("name", MARKER).query(Integer.class).single() > 0;
            if (seeded) {
                return;
            }
            log.info("Loading demo data ({} parts)", seeders.size());
            seeders.forEach(DemoSeeder::seed);
            jdbc.sql("insert into platform_setting (name, value) values (:name, now()::text)")
                    .param("name", MARKER).update();
        });
    }

    private void refuseDemoDatabase() {
        jdbc.sql("select value from platform_setting where name = :name").param("name", MARKER).query(String.class).optional()
                .ifPresent(seededAt -> {
                    throw new IllegalStateException("This database holds the demo data (loaded " + seededAt + "), whose accounts"
                            + " have the published password gongshang-demo. Start it with --gongshang.demo=true to run the demo,"
                            + " or point a real installation at an empty data directory (--gongshang.data-dir) or database.");
                });
    }
}
