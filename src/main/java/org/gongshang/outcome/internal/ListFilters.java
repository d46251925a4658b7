package org.gongshang.outcome.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.outcome.Handler;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a list's query into what the store filters by: whose recommendations (the public's, the
 * staff's regions and below, the viewer's departments) and the filters on top.
 */
@Component("outcomeListFilters")
public class ListFilters {

    private final Regions regions;
    private final OutcomeAccess access;
    private final Deadlines deadlines;

    ListFilters(Regions regions, OutcomeAccess access, Deadlines deadlines) {
        this.regions = regions;
        this.access = access;
        this.deadlines = deadlines;
    }

    /** @throws DomainException UNAUTHENTICATED for the staff's or a department's list without a viewer */
    public RecommendationStore.Filter of(RecommendationQuery query, @Nullable Actor viewer) {
        Collection<String> regionCodes = null;
        Collection<Long> handlers = null;
        boolean publicOnly = false;
        switch (query.scope()) {
            case PUBLIC -> publicOnly = true;
            case REGION -> {
                Actor staff = required(viewer);
                Set<String> codes = new LinkedHashSet<>();
                (staff.isAdmin() ? regions.roots().stream().map(Region::code).toList() : access.staffRegions(staff))
                        .forEach(root -> codes.addAll(regions.codesWithin(root)));
                regionCodes = codes;
            }
            case DEPARTMENT -> handlers = Handler.of(required(viewer)).organizationIds();
        }
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            Set<String> within = regions.codesWithin(query.regionCode().strip());
            regionCodes = regionCodes == null ? within : regionCodes.stream().filter(within::contains).toList();
        }
        return new RecommendationStore.Filter(regionCodes, handlers, publicOnly, query.organizationId(),
                query.status() == null ? null : List.of(query.status()), query.year(),
                query.overdue() ? deadlines.today() : null, null);
    }

    private static Actor required(@Nullable Actor viewer) {
        if (viewer == null) {
            throw DomainException.unauthenticated("identity.login.required");
        }
        return viewer;
    }
}
