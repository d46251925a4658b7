package org.gongshang.emergency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EmergencyPhotoStore;
import org.gongshang.emergency.internal.RatingStore;
import org.gongshang.emergency.internal.ReporterStore;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.emergency.internal.StepStore.StepRow;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Events as people read them: one event for those who may see it, the desk of open events for
 * staff and cadres (most severe first), one's own reports, the public list of resolved events.
 */
@Service
public class Emergencies {

    private static final String LISTING = """
            select id, title, category, severity, status, region_code, community_code, township_code, district_code,
                   occurred_at, reported_at, responded_at, consulted_at, resolved_at, reviewed_at, escalation,
                   consultation_id, topic_id
            from emergency e
            """;

    /** The desk's filters, each optional; {@code regions} null means everywhere (admins). */
    private record Desk(@Nullable List<String> regions, boolean everywhere, @Nullable String severity) {
    }

    private final JdbcClient jdbc;
    private final EmergencyRepository repository;
    private final EmergencyAccess access;
    private final ReporterStore reporters;
    private final StepStore steps;
    private final EmergencyPhotoStore photos;
    private final RatingStore ratings;
    private final Accounts accounts;

    Emergencies(JdbcClient jdbc, EmergencyRepository repository, EmergencyAccess access, ReporterStore reporters,
            StepStore steps, EmergencyPhotoStore photos, RatingStore ratings, Accounts accounts) {
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.repository = repository;
        this.access = access;
        this.reporters = reporters;
        this.steps = steps;
        this.photos = photos;
        this.accounts = accounts;
    }

    /** For other modules and jobs: the event regardless of who asks. */
    public Optional<Emergency> find(long id) {
        return repository.findById(id).map(EmergencyAggregate::view);
    }

    /** @throws DomainException NOT_FOUND when unknown or not visible to the viewer */
    public Emergency get(long id, @Nullable Actor viewer) {
        Emergency emergency = find(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        access.requireView(viewer, emergency);
        return emergency;
    }

    public boolean mayHandle(Actor actor, Emergency emergency) {
        return access.mayHandle(actor, emergency);
    }

    public boolean mayReview(Actor actor, Emergency emergency) {
        return access.mayReview(actor, emergency);
    }

    /** Whether the actor has a desk: staff and cadres somewhere, admins. */
    public boolean handlesSomewhere(Actor actor) {
        return access.handlesSomewhere(actor);
    }

    /** Open events (reported or confirmed) of the actor's region, most severe first, then the oldest. */
    public List<EmergencyListing> desk(Actor actor, @Nullable Severity severity) {
        List<String> scope = access.scope(actor, Role.STAFF, Role.CADRE);
        return jdbc.sql(LISTING + """
                where status in ('REPORTED', 'OPEN')
                  and (:everywhere or region_code in (:regions))
                  and (cast(:severity as text) is null or severity = :severity)
                order by case severity when 'MAJOR' then 0 when 'SERIOUS' then 1 else 2 end, reported_at
                limit 500""")
                .paramSource(new Desk(scope == null || scope.isEmpty() ? List.of("-") : scope, scope == null,
                        severity == null ? null : severity.name()))
                .query(EmergencyListing.class).list();
    }

    /** Resolved events waiting for the review (复盘) in the staff member's region, the oldest resolution first. */
    public List<EmergencyListing> reviewQueue(Actor actor) {
        List<String> scope = access.scope(actor, Role.STAFF);
        return jdbc.sql(LISTING + """
                where status = 'RESOLVED' and (:everywhere or region_code in (:regions))
                order by resolved_at limit 500""")
                .paramSource(new Desk(scope == null || scope.isEmpty() ? List.of("-") : scope, scope == null, null))
                .query(EmergencyListing.class).list();
    }

    /** What the actor reported (or joined), newest first. */
    public List<EmergencyListing> mine(Actor actor) {
        return jdbc.sql(LISTING + """
                where exists (select 1 from emergency_reporter r where r.emergency_id = e.id and r.account_id = :account)
                order by reported_at desc limit 200""")
                .param("account", actor.accountId()).query(EmergencyListing.class).list();
    }

    /** Resolved events for everyone, newest resolution first, optionally of a district or township. */
    public List<PublicEmergency> resolved(@Nullable String regionCode, int page, int size) {
        int limit = Math.clamp(size, 1, 100);
        return jdbc.sql("""
                select id, title, category, severity, community_code, occurred_at, resolved_at,
                       resolution_summary, resolution_handled_by as handled_by
                from emergency
                where status in ('RESOLVED', 'REVIEWED')
                  and (cast(:region as text) is null or district_code = :region or township_code = :region
                       or community_code = :region)
                order by resolved_at desc, id desc offset :offset limit :limit""")
                .param("region", regionCode).param("offset", Math.max(page, 0) * limit).param("limit", limit)
                .query(PublicEmergency.class).list();
    }

    /** The timeline, with the names of those who took each step. */
    public List<Step> steps(long id) {
        return named(steps.of(id));
    }

    /** The accounts that reported the event, with the role they reported as. */
    public List<Reporter> reporters(long id) {
        return reporters.of(id).stream().map(reporter -> new Reporter(reporter.accountId(),
                accounts.find(reporter.accountId()).map(AccountView::realName).orElse("#" + reporter.accountId()),
                reporter.role(), reporter.reportedAt())).toList();
    }

    /** The reporters' ratings, oldest first (for handlers: no names, the account ids stay here). */
    public List<Rating> ratings(long id) {
        return ratings.of(id);
    }

    public boolean isReporter(long id, Actor actor) {
        return reporters.isReporter(id, actor.accountId());
    }

    public List<Photo> photos(long id) {
        return photos.of(id).stream()
                .map(photo -> new Photo(photo.id(), photo.stage() == EmergencyPhotoStore.Stage.RESOLUTION, photo.width(), photo.height()))
                .toList();
    }

    /**
     * A photo's bytes for whoever sees the event; photos of a resolution also for everyone once it
     * is on the public list (they show what was done, not who reported).
     *
     * @throws DomainException NOT_FOUND otherwise
     */
    public PhotoFile photo(long id, long photoId, @Nullable Actor viewer) {
        Emergency emergency = find(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        boolean resolutionPhoto = photos.of(id).stream()
                .anyMatch(photo -> photo.id() == photoId && photo.stage() == EmergencyPhotoStore.Stage.RESOLUTION);
        boolean published = emergency.status() == EmergencyStatus.RESOLVED || emergency.status() == EmergencyStatus.REVIEWED;
        if (!(resolutionPhoto && published)) {
            access.requireView(viewer, emergency);
        }
        return photos.content(id, photoId).map(content -> new PhotoFile(content.contentType(), content.bytes()))
                .orElseThrow(() -> DomainException.notFound("emergency.photo.unknown", photoId));
    }

    private List<Step> named(List<StepRow> rows) {
        Map<Long, String> names = new HashMap<>();
        List<Step> named = new ArrayList<>();
        for (StepRow row : rows) {
            String name = row.actorId() == null ? null : names.computeIfAbsent(row.actorId(),
                    actorId -> accounts.find(actorId).map(AccountView::realName).orElse("#" + actorId));
            named.add(new Step(row.kind(), row.at(), row.actorId(), name, row.detail(), row.reference()));
        }
        return named;
    }
}
