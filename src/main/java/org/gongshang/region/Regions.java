package org.gongshang.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The division tree as every module reads it. Each region keeps its materialised path
 * ({@code /511700/511702/}), so "this region and everything below" is one indexed prefix query.
 * Changes go through {@link RegionMaintenance} and {@link RegionImport}.
 */
@Service
public class Regions {

    private static final String REGION = "select code, name, level, parent_code, active from region ";

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        return jdbc.sql(REGION + "where code = :code").param("code", code).query(Region.class).optional();
    }

    /** @throws DomainException NOT_FOUND for an unknown code */
    public Region get(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("region.unknown", code));
    }

    public List<Region> roots() {
        return jdbc.sql(REGION + "where parent_code is null order by code").query(Region.class).list();
    }

    /** The active regions directly below. */
    public List<Region> children(String code) {
        get(code);
        return jdbc.sql(REGION + "where parent_code = :code and active order by code").param("code", code).query(Region.class).list();
    }

    public List<Region> childrenIncludingInactive(String code) {
        get(code);
        return jdbc.sql(REGION + "where parent_code = :code order by code").param("code", code).query(Region.class).list();
    }

    /** From the top of the tree down to the region itself. */
    public List<Region> lineage(String code) {
        List<Region> lineage = new ArrayList<>();
        for (Region region = get(code); region != null; region = region.parentCode() == null ? null : get(region.parentCode())) {
            lineage.addFirst(region);
        }
        return lineage;
    }

    /** The region's code and the codes of all regions below it: what "in this region" means for data scope. */
    public Set<String> codesWithin(String code) {
        return Set.copyOf(jdbc.sql("""
                select code from region
                where path like (select path from region where code = :code) || '%'""")
                .param("code", code).query(String.class).list());
    }

    /** The active regions of a level below {@code code}, e.g. all communities of a city. */
    public List<Region> below(String code, RegionLevel level) {
        return jdbc.sql(REGION + """
                where active and level = :level
                  and path like (select path from region where code = :code) || '%'
                order by code""")
                .param("code", code).param("level", level.name()).query(Region.class).list();
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        return jdbc.sql("""
                select exists (select 1 from region r, region a
                               where r.code = :code and a.code = :ancestor and r.path like a.path || '%')""")
                .param("code", code).param("ancestor", ancestor).query(Boolean.class).single();
    }

    /** The nearest region of the given level at or above {@code code}, e.g. the district of a community. */
    public Optional<Region> enclosing(String code, RegionLevel level) {
        return lineage(code).stream().filter(r -> r.level() == level).findFirst();
    }
}
