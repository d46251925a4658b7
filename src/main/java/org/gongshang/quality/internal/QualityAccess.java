package org.gongshang.quality.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on evaluations. The report is for the consultation's organisers, and for
 * CPPCC staff and party reviewers whose region covers it; staff of the region also close, reopen,
 * invite the panel and keep the indicator sets. Someone who may not see the consultation at all gets
 * 404; someone who sees it (a participant, the public) but not its evaluation, 403.
 */
@Component
public class QualityAccess {

    private final Consultations consultations;
    private final Actors actors;
    private final Regions regions;

    QualityAccess(Consultations consultations, Actors actors, Regions regions) {
        this.consultations = consultations;
        this.actors = actors;
        this.regions = regions;
    }

    /** @throws DomainException NOT_FOUND when the actor may not see the consultation, FORBIDDEN when not its evaluation */
    public Consultation requireView(long consultationId, Actor actor) {
        Consultation consultation = consultations.get(consultationId, actor);
        if (!mayView(actor, consultation)) {
            throw DomainException.forbidden("quality.evaluation.not-yours");
        }
        return consultation;
    }

    public boolean mayView(Actor actor, Consultation consultation) {
        return consultations.mayOrganise(actor, consultation)
                || actors.mayActIn(actor, consultation.regionCode(), Role.STAFF, Role.REVIEWER);
    }

    /** @throws DomainException as {@link #requireView}, and FORBIDDEN for anyone but staff of its region */
    public Consultation requireManage(long consultationId, Actor actor) {
        Consultation consultation = requireView(consultationId, actor);
        requireStaffIn(actor, consultation.regionCode());
        return consultation;
    }

    public boolean mayManage(Actor actor, String regionCode) {
        return actors.mayActIn(actor, regionCode, Role.STAFF);
    }

    public void requireStaffIn(Actor actor, String regionCode) {
        actors.requireIn(actor, regionCode, Role.STAFF);
    }

    /**
     * The districts (or a city, for its own consultations) whose roll-ups the actor reads: everything
     * below a city where they are staff or reviewer, their district where they are one there; null
     * for admins (everything). Roles below a district see no roll-up, which is kept by district.
     */
    public @Nullable Set<String> districts(Actor actor) {
        if (actor.isAdmin()) {
            return null;
        }
        Set<String> districts = new LinkedHashSet<>();
        for (String root : actors.scopeRoots(actor, Role.STAFF, Role.REVIEWER)) {
            Region region = regions.find(root).orElse(null);
            if (region == null) {
                continue;
            }
            if (region.level() == RegionLevel.CITY) {
                districts.add(root);
                regions.below(root, RegionLevel.DISTRICT).forEach(d -> districts.add(d.code()));
            } else if (region.level() == RegionLevel.DISTRICT) {
                districts.add(root);
            }
        }
        return districts;
    }

    /** The regions (and all below) whose evaluations the actor lists: null for admins. */
    public @Nullable List<String> regionRoots(Actor actor) {
        return actor.isAdmin() ? null : actors.scopeRoots(actor, Role.STAFF, Role.REVIEWER);
    }
}
