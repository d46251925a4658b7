package org.gongshang.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.MinutesAssembler;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.consultation.internal.SessionStore;
import org.gongshang.consultation.internal.TopicCatalog;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consultations: creating them from topics, their life from preparation to conclusion, their agenda. */
@Service
public class Consultations {

    static final int MAX_TITLE = 120;
    static final int MAX_ADDRESS = 200;

    private final ConsultationStore store;
    private final SessionStore session;
    private final ParticipantStore participants;
    private final ConsultationAccess access;
    private final TopicCatalog topics;
    private final Organizations organizations;
    private final ConsultationPlaces places;
    private final Regions regions;
    private final Actors actors;
    private final MinutesAssembler minutes;
    private final WorkingDayCalendar calendar;
    private final ConsultationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Consultations(ConsultationStore store, SessionStore session, ParticipantStore participants, ConsultationAccess access,
            TopicCatalog topics, Organizations organizations, ConsultationPlaces places, Regions regions, Actors actors,
            MinutesAssembler minutes, WorkingDayCalendar calendar, ConsultationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.session = session;
        this.participants = participants;
        this.access = access;
        this.topics = topics;
        this.organizations = organizations;
        this.places = places;
        this.regions = regions;
        this.actors = actors;
        this.minutes = minutes;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** @throws DomainException NOT_FOUND when unknown or not visible to the viewer */
    public Consultation get(long id, @Nullable Actor viewer) {
        Consultation consultation = store.find(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
        if (viewer == null) {
            if (!consultation.isPubliclyVisible()) {
                throw DomainException.notFound("consultation.unknown", id);
            }
        } else {
            access.requireView(viewer, consultation);
        }
        return consultation;
    }

    /** For other modules (outcome): the consultation regardless of who asks. */
    public Optional<Consultation> find(long id) {
        return store.find(id);
    }

    public boolean mayOrganise(Actor actor, Consultation consultation) {
        return access.mayOrganise(actor, consultation);
    }

    public boolean mayRun(Actor actor, Consultation consultation) {
        return access.mayRun(actor, consultation);
    }

    /** Which list: open consultations for everyone, the viewer's own, or those the viewer organises. */
    public enum Scope {
        PUBLIC, MINE, ORGANISER
    }

    public List<Consultation> list(Scope scope, @Nullable ConsultationStatus status, @Nullable ConsultationKind kind,
            @Nullable Actor viewer, int page, int size) {
        int limit = Math.clamp(size, 1, 100);
        int offset = Math.max(page, 0) * limit;
        ConsultationStore.Filter filter = switch (scope) {
            case PUBLIC -> new ConsultationStore.Filter(null, status, kind, null, true);
            case MINE -> new ConsultationStore.Filter(null, status, kind, require(viewer).accountId(), false);
            case ORGANISER -> new ConsultationStore.Filter(organiserRegions(require(viewer)), status, kind, null, false);
        };
        return store.list(filter, offset, limit);
    }

    public List<TopicCatalog.TopicRef> topics(Consultation consultation) {
        return topics.describe(consultation.topicIds());
    }

    public List<AgendaItem> agenda(long id) {
        return session.agenda(id);
    }

    /** The QR check-in link's secret; organisers only. */
    public String checkInCode(long id, Actor actor) {
        access.requireRunner(actor, get(id, actor));
        return store.checkInCode(id);
    }

    // ---- creating and changing ------------------------------------------------------------------

    @Transactional
    public Consultation create(NewConsultation request, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = Text.blankToNull(request.title());
        if (title == null || title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "consultation.title.invalid", MAX_TITLE));
        }
        List<Long> topicIds = request.topicIds() == null ? List.of() : request.topicIds().stream().distinct().toList();
        if (topicIds.isEmpty()) {
            problems.add(new FieldProblem("topicIds", "consultation.topics.required"));
        }
        if (request.kind() == null) {
            problems.add(new FieldProblem("kind", "consultation.kind.required"));
        }
        Organization organization = request.organizationId() == null ? null : organizations.find(request.organizationId()).orElse(null);
        if (organization == null || !organization.active()) {
            problems.add(new FieldProblem("organizationId", "consultation.organization.unknown"));
        } else if (request.kind() != null && !request.kind().mayBeOrganisedBy(organization.type())) {
            problems.add(new FieldProblem("organizationId", "consultation.organization.kind", organization.name()));
        }
        List<Long> partners = request.partnerOrganizationIds() == null ? List.of()
                : request.partnerOrganizationIds().stream().distinct().filter(p -> organization == null || p != organization.id()).toList();
        if (request.kind() == ConsultationKind.JOINT && partners.isEmpty()) {
            problems.add(new FieldProblem("partnerOrganizationIds", "consultation.partners.required"));
        }
        for (long partner : partners) {
            if (organizations.find(partner).filter(Organization::active).isEmpty()) {
                problems.add(new FieldProblem("partnerOrganizationIds", "consultation.organization.unknown"));
            }
        }
        checkPlace(request.form(), request.venueType(), request.address(), problems);
        if (request.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "consultation.starts-at.required"));
        } else if (request.startsAt().isBefore(Moments.now(clock))) {
            problems.add(new FieldProblem("startsAt", "consultation.starts-at.past"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        actors.requireIn(actor, organization.regionCode(), request.kind().organiserRoles());
        topics.requireConsultable(topicIds, actor);
        long id = store.insert(new ConsultationStore.NewRow(title, request.kind(), request.form(),
                request.form().needsVenue() ? request.venueType() : null,
                request.form().needsVenue() ? Text.blankToNull(request.address()) : null, request.startsAt(),
                organization.id(), organization.regionCode(), request.facilitatorAccountId(),
                request.openToPublic() == null || request.openToPublic(), request.deliberationId(), newCheckInCode(),
                actor.accountId(), topicIds, partners));
        int position = 1;
        for (AgendaItemKind kind : List.of(AgendaItemKind.BRIEFING, AgendaItemKind.QUESTIONS, AgendaItemKind.ANSWERS,
                AgendaItemKind.DISCUSSION, AgendaItemKind.CONSENSUS)) {
            session.insertAgendaItem(id, position++, kind, "");
        }
        topics.markConsulting(topicIds, id, actor);
        events.publishEvent(AuditRecord.of("consultation.created", actor.accountId(), "consultation", id)
                .with("kind", request.kind()).with("topics", topicIds));
        return store.find(id).orElseThrow();
    }

    /** Changes the details while preparing; a new date for a scheduled one goes through postpone. */
    @Transactional
    public Consultation update(long id, String title, ConsultationForm form, @Nullable VenueType venueType,
            @Nullable String address, Instant startsAt, @Nullable Long facilitatorAccountId, boolean openToPublic,
            @Nullable Long deliberationId, Actor actor) {
        Consultation consultation = lock(id);
        access.requireOrganiser(actor, consultation);
        if (!consultation.status().isBeforeSession()) {
            throw DomainException.conflict("consultation.details.locked");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = Text.blankToNull(title);
        if (cleanTitle == null || cleanTitle.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "consultation.title.invalid", MAX_TITLE));
        }
        checkPlace(form, venueType, address, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        Instant start = consultation.status() == ConsultationStatus.PREPARING ? startsAt : consultation.startsAt();
        store.saveDetails(id, cleanTitle, form, form.needsVenue() ? venueType : null,
                form.needsVenue() ? Text.blankToNull(address) : null, start, facilitatorAccountId, openToPublic, deliberationId);
        events.publishEvent(AuditRecord.of("consultation.changed", actor.accountId(), "consultation", id));
        return store.find(id).orElseThrow();
    }

    /** Schedules it: the date is fixed and the invitations go out. */
    @Transactional
    public Consultation schedule(long id, Actor actor) {
        Consultation consultation = lock(id);
        access.requireOrganiser(actor, consultation);
        Consultation scheduled = consultation.moveTo(ConsultationStatus.SCHEDULED, null, Moments.now(clock));
        store.saveStatus(scheduled);
        List<Long> invited = participants.roster(id).stream()
                .filter(p -> p.status() == ParticipantStatus.INVITED && p.accountId() != null).map(Participant::accountId).toList();
        if (!invited.isEmpty()) {
            events.publishEvent(new ParticipantsInvited(id, scheduled.title(), scheduled.startsAt(), invited));
        }
        events.publishEvent(new ConsultationScheduled(id, scheduled.title(), scheduled.kind(), places.regionCodes(scheduled),
                scheduled.startsAt(), scheduled.address()));
        audit("consultation.scheduled", actor, id);
        changed(id);
        return scheduled;
    }

    @Transactional
    public Consultation postpone(long id, @Nullable String reason, Actor actor) {
        Consultation consultation = lock(id);
        access.requireOrganiser(actor, consultation);
        Consultation postponed = consultation.moveTo(ConsultationStatus.POSTPONED, reason, Moments.now(clock));
        store.saveStatus(postponed);
        events.publishEvent(new ConsultationPostponed(id, postponed.title(), postponed.statusReason(), participants.accountsToTell(id)));
        events.publishEvent(AuditRecord.of("consultation.postponed", actor.accountId(), "consultation", id).with("reason", reason));
        changed(id);
        return postponed;
    }

    /** A postponed consultation gets its new date and is scheduled again; everyone is told. */
    @Transactional
    public Consultation reschedule(long id, @Nullable Instant newStart, Actor actor) {
        Consultation consultation = lock(id);
        access.requireOrganiser(actor, consultation);
        if (consultation.status() != ConsultationStatus.POSTPONED) {
            throw DomainException.conflict("consultation.status.not-allowed", consultation.status(), ConsultationStatus.SCHEDULED);
        }
        if (newStart == null || newStart.isBefore(Moments.now(clock))) {
            throw DomainException.invalidField("startsAt", "consultation.starts-at.past");
        }
        Consultation scheduled = consultation.rescheduledTo(newStart).moveTo(ConsultationStatus.SCHEDULED, null, Moments.now(clock));
        store.saveStatus(scheduled);
        events.publishEvent(new ConsultationRescheduled(id, scheduled.title(), newStart, participants.accountsToTell(id)));
        audit("consultation.rescheduled", actor, id);
        changed(id);
        return scheduled;
    }

    @Transactional
    public Consultation cancel(long id, @Nullable String reason, Actor actor) {
        Consultation consultation = lock(id);
        access.requireOrganiser(actor, consultation);
        Consultation cancelled = consultation.moveTo(ConsultationStatus.CANCELLED, reason, Moments.now(clock));
        store.saveStatus(cancelled);
        events.publishEvent(new ConsultationCancelled(id, cancelled.title(), cancelled.statusReason(), participants.accountsToTell(id)));
        events.publishEvent(AuditRecord.of("consultation.cancelled", actor.accountId(), "consultation", id).with("reason", reason));
        changed(id);
        return cancelled;
    }

    /** The session begins (协商建言). Organisers or the facilitator. */
    @Transactional
    public Consultation start(long id, Actor actor) {
        Consultation consultation = lock(id);
        access.requireRunner(actor, consultation);
        Consultation started = consultation.moveTo(ConsultationStatus.IN_SESSION, null, Moments.now(clock));
        store.saveStatus(started);
        audit("consultation.started", actor, id);
        changed(id);
        return started;
    }

    /** The session ends: a running turn ends with it, and the first draft of the minutes is assembled. */
    @Transactional
    public Consultation conclude(long id, Actor actor) {
        Consultation consultation = lock(id);
        access.requireRunner(actor, consultation);
        Instant now = Moments.now(clock);
        Consultation concluded = consultation.moveTo(ConsultationStatus.CONCLUDED, null, now);
        session.runningTurn(id).ifPresent(turn -> session.saveTurn(turn.end(now)));
        store.saveStatus(concluded);
        LocalDate due = calendar.plusWorkingDays(LocalDate.ofInstant(now, Zones.platform()), properties.minutesWorkingDays());
        minutes.firstDraft(concluded, due);
        topics.markConsulted(concluded.topicIds(), actor);
        events.publishEvent(new ConsultationConcluded(id, concluded.topicIds(), concluded.regionCode(), now, due));
        audit("consultation.concluded", actor, id);
        changed(id);
        return concluded;
    }

    // ---- agenda ---------------------------------------------------------------------------------

    /** Replaces the agenda with the given items, in order (the usual order is the default). */
    @Transactional
    public List<AgendaItem> setAgenda(long id, List<AgendaItemDraft> items, Actor actor) {
        Consultation consultation = lock(id);
        access.requireRunner(actor, consultation);
        if (consultation.status() == ConsultationStatus.CONCLUDED || consultation.status() == ConsultationStatus.CANCELLED) {
            throw DomainException.conflict("consultation.details.locked");
        }
        List<AgendaItem> existing = session.agenda(id);
        Set<Long> kept = new java.util.HashSet<>();
        int position = 1;
        for (AgendaItemDraft item : items) {
            String title = item.title() == null ? "" : item.title().strip();
            if (title.length() > MAX_TITLE || item.kind() == null) {
                throw DomainException.invalidField("items", "consultation.agenda.invalid", MAX_TITLE);
            }
            if (item.id() != null && existing.stream().anyMatch(e -> e.id() == item.id())) {
                session.updateAgendaItem(item.id(), position++, item.kind(), title);
                kept.add(item.id());
            } else {
                kept.add(session.insertAgendaItem(id, position++, item.kind(), title));
            }
        }
        existing.stream().filter(e -> !kept.contains(e.id())).forEach(e -> session.deleteAgendaItem(e.id()));
        return session.agenda(id);
    }

    /** One agenda item as edited; {@code id} null for a new one. */
    public record AgendaItemDraft(@Nullable Long id, @Nullable AgendaItemKind kind, @Nullable String title) {
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Consultation lock(long id) {
        return store.lock(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
    }

    private void changed(long id) {
        events.publishEvent(new SessionChanged(id, SessionChanged.What.STATUS, 0));
    }

    private void audit(String action, Actor actor, long id) {
        events.publishEvent(AuditRecord.of(action, actor.accountId(), "consultation", id));
    }

    private static Actor require(@Nullable Actor viewer) {
        if (viewer == null) {
            throw DomainException.unauthenticated("identity.login.required");
        }
        return viewer;
    }

    private @Nullable Set<String> organiserRegions(Actor actor) {
        if (actor.isAdmin()) {
            return null;
        }
        Set<String> codes = new java.util.HashSet<>();
        for (String root : actors.scopeRoots(actor, Role.STAFF, Role.CADRE)) {
            codes.addAll(regions.codesWithin(root));
        }
        return codes;
    }

    private static void checkPlace(@Nullable ConsultationForm form, @Nullable VenueType venueType, @Nullable String address,
            List<FieldProblem> problems) {
        if (form == null) {
            problems.add(new FieldProblem("form", "consultation.form.required"));
            return;
        }
        if (form.needsVenue()) {
            if (venueType == null) {
                problems.add(new FieldProblem("venueType", "consultation.venue.required"));
            }
            String place = Text.blankToNull(address);
            if (place == null || place.length() > MAX_ADDRESS) {
                problems.add(new FieldProblem("address", "consultation.address.required", MAX_ADDRESS));
            }
        }
    }

    private String newCheckInCode() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
