package org.gongshang.region;

import java.util.List;
import java.util.Optional;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Organisations by region and type, as every module reads them. Changes go through
 * {@link OrganizationRegistration}.
 */
@Service
public class Organizations {

    private static final String ORGANIZATION = "select id, name, type, region_code, parent_id, active from organization o ";

    /**
     * The filters of a search, each optional.
     *
     * @param type an {@link OrganizationType}'s name
     * @param within a region code: organisations in it and below
     * @param above a region code: organisations in it and above
     */
    private record Search(@Nullable String type, @Nullable String within, @Nullable String above, boolean includeInactive) {
    }

    private static final String MATCHING = """
            where (cast(:type as text) is null or o.type = :type)
              and (cast(:within as text) is null or o.region_code in
                   (select code from region where path like (select path from region where code = :within) || '%'))
              and (cast(:above as text) is null or o.region_code in
                   (select code from region where (select path from region where code = :above) like path || '%'))
              and (:includeInactive or o.active)
            order by o.region_code, o.type, o.name""";

    private final JdbcClient jdbc;
    private final Regions regions;

    Organizations(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public Optional<Organization> find(long id) {
        return jdbc.sql(ORGANIZATION + "where id = :id").param("id", id).query(Organization.class).optional();
    }

    /** @throws DomainException NOT_FOUND for an unknown id */
    public Organization get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("organization.unknown", id));
    }

    public Optional<Organization> findByName(String name, String regionCode) {
        return jdbc.sql(ORGANIZATION + "where name = :name and region_code = :regionCode")
                .param("name", name).param("regionCode", regionCode).query(Organization.class).optional();
    }

    /**
     * Active organisations of a type (or all types) in a region and below it (or everywhere).
     *
     * @throws DomainException NOT_FOUND for an unknown region
     */
    public List<Organization> list(@Nullable OrganizationType type, @Nullable String regionCode) {
        return search(new Search(type == null ? null : type.name(), known(regionCode), null, false));
    }

    public List<Organization> listIncludingInactive(@Nullable OrganizationType type, @Nullable String regionCode) {
        return search(new Search(type == null ? null : type.name(), known(regionCode), null, true));
    }

    /**
     * The active organisations an organisation of the region may belong to: those of the region
     * itself and of the regions above it, e.g. for a street's liaison group the district's CPPCC.
     */
    public List<Organization> possibleParents(String regionCode) {
        return search(new Search(null, null, regions.get(regionCode).code(), false));
    }

    /**
     * For the admins' list: active or not, with the names of their regions and parents.
     *
     * @throws DomainException INVALID at the field {@code region} for an unknown region
     */
    public List<OrganizationListing> listing(@Nullable OrganizationType type, @Nullable String regionCode) {
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            throw DomainException.invalidField("region", "region.unknown", regionCode);
        }
        return jdbc.sql("""
                select o.id, o.name, o.type, o.region_code, r.name as region_name, o.parent_id, p.name as parent_name, o.active
                from organization o join region r on r.code = o.region_code left join organization p on p.id = o.parent_id
                """ + MATCHING)
                .paramSource(new Search(type == null ? null : type.name(), regionCode, null, true))
                .query(OrganizationListing.class).list();
    }

    private List<Organization> search(Search search) {
        return jdbc.sql(ORGANIZATION + MATCHING).paramSource(search).query(Organization.class).list();
    }

    private @Nullable String known(@Nullable String regionCode) {
        return regionCode == null ? null : regions.get(regionCode).code();
    }
}
