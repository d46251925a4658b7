package org.gongshang.emergency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.emergency.internal.Alerts;
import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EmergencyTexts;
import org.gongshang.emergency.internal.EventPhotos;
import org.gongshang.emergency.internal.EmergencyPhotoStore.Stage;
import org.gongshang.emergency.internal.ReporterStore;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Rows;
import org.gongshang.shared.image.SanitizedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting an event (上报): a cadre, member or staff member's report is confirmed at once and those
 * responsible are told by SMS; a resident's (real name verified) waits for the community's cadres.
 */
@Service
public class EmergencyReporting {

    private final EmergencyRepository repository;
    private final ReporterStore reporters;
    private final StepStore steps;
    private final EventPhotos photos;
    private final EmergencyAccess access;
    private final Alerts alerts;
    private final EmergencyTexts texts;
    private final Regions regions;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyReporting(EmergencyRepository repository, ReporterStore reporters, StepStore steps, EventPhotos photos,
            EmergencyAccess access, Alerts alerts, EmergencyTexts texts, Regions regions, Accounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reporters = reporters;
        this.steps = steps;
        this.photos = photos;
        this.access = access;
        this.alerts = alerts;
        this.texts = texts;
        this.regions = regions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param pictures photo files as uploaded (checked and re-encoded here)
     * @throws DomainException INVALID with all problems of the report at once, FORBIDDEN for a role
     *     that does not report or a resident without a verified real name
     */
    @Transactional
    public Emergency report(NewEmergency report, List<byte[]> pictures, Actor actor) {
        Role role = reportingRole(actor);
        Instant now = Rows.now(clock);
        String regionCode = report.regionCode() != null ? report.regionCode() : actor.residenceRegionCode();
        List<FieldProblem> problems = new ArrayList<>(EmergencyAggregate.problemsOf(report, now));
        Place place = place(regionCode, report, problems);
        List<SanitizedImage> checked = List.of();
        try {
            checked = photos.check(pictures, 0);
        } catch (DomainException refused) {
            problems.addAll(refused.fieldProblems());
        }
        if (!problems.isEmpty() || place == null) {
            throw DomainException.invalidFields(problems);
        }
        boolean confirmedAtOnce = role != Role.RESIDENT;
        EmergencyAggregate saved = repository.save(EmergencyAggregate.report(report, place, actor.accountId(), confirmedAtOnce, now));
        Emergency emergency = saved.view();
        reporters.add(emergency.id(), actor.accountId(), role, now);
        photos.store(emergency.id(), Stage.REPORT, checked, actor.accountId());
        steps.add(emergency.id(), StepKind.REPORTED, now, actor.accountId(), role.name(), null);
        if (confirmedAtOnce) {
            steps.add(emergency.id(), StepKind.CONFIRMED, now, actor.accountId(), null, null);
            int told = alerts.confirmed(emergency, actor.accountId());
            steps.add(emergency.id(), StepKind.NOTIFIED, now, null, String.valueOf(told), null);
            events.publishEvent(new EmergencyConfirmed(emergency.id(), emergency.title(), emergency.severity(),
                    place.communityCode(), now));
        } else {
            int told = alerts.awaitingConfirmation(emergency);
            steps.add(emergency.id(), StepKind.NOTIFIED, now, null, String.valueOf(told), null);
        }
        texts.index(saved);
        events.publishEvent(AuditRecord.of("emergency.reported", actor.accountId(), "emergency", emergency.id())
                .with("severity", emergency.severity()).with("region", place.regionCode()).with("as", role));
        return emergency;
    }

    /** Why the actor may not report (a message key), or null when they may: for the report page. */
    public @Nullable String refusalFor(Actor actor) {
        try {
            reportingRole(actor);
            return null;
        } catch (DomainException refused) {
            return refused.messageKey();
        }
    }

    /** Residents report with a verified real name; departments and reviewers do not report. */
    private Role reportingRole(Actor actor) {
        for (Role role : List.of(Role.STAFF, Role.CADRE, Role.MEMBER, Role.ADMIN)) {
            if (actor.has(role)) {
                return role;
            }
        }
        if (!actor.has(Role.RESIDENT)) {
            throw DomainException.forbidden("emergency.report.not-allowed");
        }
        if (!accounts.get(actor.accountId()).realNameVerified()) {
            throw DomainException.forbidden("emergency.report.real-name");
        }
        return Role.RESIDENT;
    }

    /** The place of a community or grid, with the township and district above it; null with a problem otherwise. */
    private @Nullable Place place(@Nullable String regionCode, NewEmergency report, List<FieldProblem> problems) {
        Region region = regionCode == null ? null : access.reportable(regionCode);
        if (region == null) {
            problems.add(new FieldProblem("regionCode", regionCode == null ? "emergency.region.required" : "emergency.region.invalid"));
            return null;
        }
        List<Region> lineage = regions.lineage(region.code());
        String community = levelOf(lineage, RegionLevel.COMMUNITY);
        String township = levelOf(lineage, RegionLevel.TOWNSHIP);
        String district = levelOf(lineage, RegionLevel.DISTRICT);
        if (community == null || township == null || district == null) {
            problems.add(new FieldProblem("regionCode", "emergency.region.invalid"));
            return null;
        }
        return new Place(region.code(), community, township, district, report.address(), report.latitude(), report.longitude());
    }

    private static @Nullable String levelOf(List<Region> lineage, RegionLevel level) {
        return lineage.stream().filter(region -> region.level() == level).map(Region::code).findFirst().orElse(null);
    }
}
