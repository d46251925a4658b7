package org.gongshang.quality.internal;

import org.gongshang.quality.QualityProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicator set of a committee and year, made from the configured defaults the first time it is
 * needed (by the first evaluation or the first edit). A lock per organisation keeps two first
 * evaluations from making it twice.
 */
@Component
public class IndicatorSetProvision {

    /** Advisory-lock namespace: quality's Flyway major version and 1 for sets. */
    private static final int LOCK_SPACE = 1201;

    private final IndicatorSetRepository sets;
    private final QualityProperties properties;
    private final JdbcClient jdbc;

    IndicatorSetProvision(IndicatorSetRepository sets, QualityProperties properties, JdbcClient jdbc) {
        this.sets = sets;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** Within a transaction. */
    public IndicatorSetAggregate forOrganization(long organizationId, String regionCode, int year) {
        jdbc.sql("select pg_advisory_xact_lock(:space, :key)").param("space", LOCK_SPACE)
                .param("key", (int) organizationId).query().singleValue();
        return sets.findByOrganizationIdAndYear(organizationId, year)
                .orElseGet(() -> sets.save(IndicatorSetAggregate.startingWith(organizationId, regionCode, year,
                        properties.indicators())));
    }
}
