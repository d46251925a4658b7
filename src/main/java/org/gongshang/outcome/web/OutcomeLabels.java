package org.gongshang.outcome.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.ReplyGrade;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Names and times on outcome pages: {@code ${@outcomeLabels.organization(r.leadOrganizationId)}},
 * grades in the configured wording of the reader's language, times in China's time.
 */
@Component("outcomeLabels")
class OutcomeLabels {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());

    private final Organizations organizations;
    private final Regions regions;
    private final OutcomeProperties properties;

    OutcomeLabels(Organizations organizations, Regions regions, OutcomeProperties properties) {
        this.organizations = organizations;
        this.regions = regions;
        this.properties = properties;
    }

    public String organization(@Nullable Long id) {
        return id == null ? "" : organizations.find(id).map(Organization::name).orElse("#" + id);
    }

    public String organizations(@Nullable List<Long> ids) {
        return ids == null ? "" : String.join("、", ids.stream().map(this::organization).toList());
    }

    public String region(@Nullable String code) {
        return code == null ? "" : regions.find(code).map(Region::name).orElse(code);
    }

    /** "B · 正在解决或列入计划解决". */
    public String grade(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return properties.grade(code).map(g -> g.code() + " · " + g.name(Messages.locale())).orElse(code);
    }

    public List<ReplyGrade> grades() {
        return properties.grades();
    }

    public String minute(@Nullable Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The regions a filter offers: the top regions and their districts. */
    public List<Region> filterRegions() {
        List<Region> shown = new java.util.ArrayList<>();
        for (Region root : regions.roots()) {
            shown.add(root);
            shown.addAll(regions.children(root.code()));
        }
        return shown;
    }

    public List<Organization> departments() {
        return organizations.list(OrganizationType.DEPARTMENT, null);
    }
}
