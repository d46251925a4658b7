package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.consultation.Consensus;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationMinutes;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actor;
import org.gongshang.outcome.internal.Deadlines;
import org.gongshang.outcome.internal.ConcernedPeople;
import org.gongshang.outcome.internal.DetailsAssembler;
import org.gongshang.outcome.internal.HandlingStore;
import org.gongshang.outcome.internal.ListFilters;
import org.gongshang.outcome.internal.MinutesIntake;
import org.gongshang.outcome.internal.OutcomeAccess;
import org.gongshang.outcome.internal.Recipients;
import org.gongshang.outcome.internal.RecommendationStore;
import org.gongshang.outcome.internal.Rows;
import org.gongshang.outcome.internal.Transitions;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations: entering them, reading and listing them, and the staff's acts — sign-off
 * (批办), transfer (交办) and reassignment after a dispute, decisions on extensions, closing.
 */
@Service
public class Recommendations {

    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 1000;

    private final RecommendationStore store;
    private final HandlingStore handling;
    private final Transitions transitions;
    private final OutcomeAccess access;
    private final Deadlines deadlines;
    private final DetailsAssembler assembler;
    private final ListFilters filters;
    private final Recipients recipients;
    private final Organizations organizations;
    private final Regions regions;
    private final Consultations consultations;
    private final ConsultationMinutes minutes;
    private final Consensus consensus;
    private final MinutesIntake intake;
    private final ConcernedPeople concerned;
    private final Topics topics;
    private final OutcomeProperties properties;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Recommendations(RecommendationStore store, HandlingStore handling, Transitions transitions, OutcomeAccess access,
            Deadlines deadlines, DetailsAssembler assembler, ListFilters filters, Recipients recipients, Organizations organizations,
            Regions regions, Consultations consultations, ConsultationMinutes minutes, Consensus consensus,
            MinutesIntake intake, ConcernedPeople concerned, Topics topics, OutcomeProperties properties,
            ApplicationEventPublisher events, java.time.Clock clock) {
        this.store = store;
        this.handling = handling;
        this.transitions = transitions;
        this.access = access;
        this.deadlines = deadlines;
        this.assembler = assembler;
        this.filters = filters;
        this.recipients = recipients;
        this.organizations = organizations;
        this.regions = regions;
        this.consultations = consultations;
        this.minutes = minutes;
        this.consensus = consensus;
        this.intake = intake;
        this.concerned = concerned;
        this.topics = topics;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** @throws DomainException NOT_FOUND when unknown or not visible to the viewer */
    public RecommendationView get(long id, @Nullable Actor viewer) {
        Recommendation recommendation = visible(id, viewer);
        return assembler.view(recommendation);
    }

    public RecommendationDetails details(long id, @Nullable Actor viewer) {
        return assembler.details(visible(id, viewer), viewer);
    }

    /** For other modules (follow-up): the recommendation regardless of who asks. */
    public Optional<RecommendationView> find(long id) {
        return store.find(id).map(assembler::view);
    }

    /** For other modules: whether the viewer may see it. */
    public boolean mayView(long id, @Nullable Actor viewer) {
        return store.find(id).map(r -> access.mayView(viewer, r)).orElse(false);
    }

    /** For other modules: whether the actor is staff of its region. */
    public boolean mayManage(long id, Actor actor) {
        return store.find(id).map(r -> access.mayManage(actor, r)).orElse(false);
    }

    /** For other modules: the recommendations made from a consultation. */
    public List<RecommendationView> ofConsultation(long consultationId) {
        return store.ofConsultation(consultationId).stream().map(assembler::view).toList();
    }

    /**
     * For other modules (follow-up): the people it concerns — submitters and co-signers of its
     * topics, the consultation's attendees, who may rate it, and its departments' accounts.
     *
     * @throws DomainException NOT_FOUND for an unknown recommendation
     */
    public RecommendationPeople people(long id) {
        return concerned.of(store.find(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id)));
    }

    public RecommendationPage list(RecommendationQuery query, @Nullable Actor viewer) {
        int size = Math.clamp(query.size(), 1, 200);
        int page = Math.max(query.page(), 0);
        RecommendationStore.Filter filter = filters.of(query, viewer);
        List<RecommendationView> items = store.list(filter, page * size, size).stream().map(assembler::view).toList();
        return new RecommendationPage(items, store.count(filter), page, size);
    }

    /**
     * Open data (公开数据): the public recommendations matching the filters, in the public fields
     * only; at most {@code limit}.
     */
    public List<PublicRecommendation> openData(@Nullable String regionCode, @Nullable Long organizationId,
            @Nullable RecommendationStatus status, @Nullable Integer year, int limit) {
        RecommendationQuery query = new RecommendationQuery(RecommendationQuery.Scope.PUBLIC, regionCode, organizationId, status,
                year, false, 0, limit);
        return store.list(filters.of(query, null), 0, Math.clamp(limit, 1, 10_000)).stream().map(assembler::publicRecord).toList();
    }

    /** The scope a viewer gets when they do not ask for one: staff their region, departments their queue, others the public list. */
    public RecommendationQuery.Scope defaultScope(@Nullable Actor viewer) {
        if (viewer != null && !access.staffRegions(viewer).isEmpty()) {
            return RecommendationQuery.Scope.REGION;
        }
        if (viewer != null && !Handler.of(viewer).organizationIds().isEmpty()) {
            return RecommendationQuery.Scope.DEPARTMENT;
        }
        return RecommendationQuery.Scope.PUBLIC;
    }

    public List<Integer> years() {
        return store.years();
    }

    /** Departments that may be given recommendations in a region: those of the region and above. */
    public List<Organization> departments(String regionCode) {
        Set<String> lineage = new LinkedHashSet<>();
        regions.lineage(regionCode).forEach(region -> lineage.add(region.code()));
        return organizations.list(OrganizationType.DEPARTMENT, null).stream()
                .filter(o -> lineage.contains(o.regionCode())).toList();
    }

    /** The due date a transfer today with this period would get (the transfer form shows it). */
    public LocalDate dueIfTransferredToday(@Nullable Integer workingDays) {
        int days = workingDays == null ? properties.handlingWorkingDays()
                : Math.clamp(workingDays, 1, properties.handlingWorkingDays());
        return deadlines.dueIfTransferredToday(days);
    }

    // ---- entering -------------------------------------------------------------------------------

    /** Staff enter a recommendation from a consultation or another source; it starts as a draft. */
    @Transactional
    public RecommendationView create(NewRecommendation request, Actor actor) {
        String text = Text.blankToNull(request.text());
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        if (text == null || text.length() > MAX_TEXT) {
            problems.add(new DomainException.FieldProblem("text", "outcome.text.invalid", MAX_TEXT));
        }
        Consultation consultation = null;
        if (request.consultationId() != null) {
            consultation = consultations.find(request.consultationId()).orElse(null);
            if (consultation == null) {
                problems.add(new DomainException.FieldProblem("consultationId", "outcome.consultation.unknown"));
            } else if (consultation.status() != ConsultationStatus.CONCLUDED) {
                problems.add(new DomainException.FieldProblem("consultationId", "outcome.consultation.not-concluded"));
            }
        }
        if (request.topicId() != null && topics.find(request.topicId()).isEmpty()) {
            problems.add(new DomainException.FieldProblem("topicId", "outcome.topic.unknown"));
        }
        String region = Text.blankToNull(request.regionCode());
        if (region == null && consultation != null) {
            region = consultation.regionCode();
        }
        if (region == null || regions.find(region).isEmpty()) {
            problems.add(new DomainException.FieldProblem("regionCode", "outcome.region.invalid"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        access.requireStaffIn(actor, region);
        RecommendationSource source = request.source() != null ? request.source()
                : consultation != null ? RecommendationSource.CONSULTATION : RecommendationSource.OTHER;
        Long topic = request.topicId() != null ? request.topicId()
                : consultation != null && !consultation.topicIds().isEmpty() ? consultation.topicIds().getFirst() : null;
        boolean isPublic = request.isPublic() != null ? request.isPublic() : consultation == null || consultation.openToPublic();
        long id = store.insert(new RecommendationStore.NewRow(text, source, request.consultationId(), null, topic, region,
                isPublic, actor.accountId(), Rows.now(clock))).orElseThrow();
        Recommendation created = store.find(id).orElseThrow();
        transitions.created(created, actor.accountId());
        concerned.enrolRaters(created);
        return assembler.view(created);
    }

    /**
     * Takes the adopted consensus items of a concluded consultation's final minutes over as drafts,
     * for staff of its region; items already taken (when the minutes were finalised) are skipped.
     * Returns the new ones.
     *
     * @throws DomainException CONFLICT when the consultation has no final minutes yet
     */
    @Transactional
    public List<RecommendationView> fromConsultation(long consultationId, Actor actor) {
        Consultation consultation = consultations.find(consultationId)
                .orElseThrow(() -> DomainException.notFound("outcome.consultation.unknown"));
        access.requireStaffIn(actor, consultation.regionCode());
        if (consultation.status() != ConsultationStatus.CONCLUDED || minutes.latestFinal(consultationId).isEmpty()) {
            throw DomainException.conflict("outcome.consultation.no-final-minutes");
        }
        List<MinutesIntake.Item> items = consensus.items(consultationId).stream()
                .filter(item -> Boolean.TRUE.equals(item.adopted()))
                .map(item -> new MinutesIntake.Item(item.id(), item.text())).toList();
        List<Long> created = intake.take(consultationId, items, List.copyOf(concerned.attendees(consultationId)),
                actor.accountId());
        return created.stream().map(store::find).flatMap(Optional::stream).map(assembler::view).toList();
    }

    // ---- staff acts -----------------------------------------------------------------------------

    /** 批办 by a staff leader of the region. */
    @Transactional
    public RecommendationView signOff(long id, Actor actor) {
        Recommendation recommendation = managed(id, actor);
        var transition = recommendation.signOff(actor.accountId(), Rows.now(clock));
        transitions.keep(recommendation, transition, actor.accountId());
        return assembler.view(recommendation);
    }

    /**
     * 交办 to a lead department and co-handlers, or the reassignment of a disputed one; the deadline
     * counts working days from today.
     */
    @Transactional
    public RecommendationView transfer(long id, Transfer request, Actor actor) {
        Recommendation recommendation = managed(id, actor);
        if (request.leadOrganizationId() == null) {
            throw DomainException.invalidField("leadOrganizationId", "outcome.transfer.lead-required");
        }
        List<Long> coHandlers = request.coOrganizationIds() == null ? List.of()
                : request.coOrganizationIds().stream().distinct().toList();
        requireDepartments(recommendation, request.leadOrganizationId(), coHandlers);
        Assignment assignment = deadlines.assignment(request.leadOrganizationId(), coHandlers, request.workingDays());
        var transition = recommendation.transfer(assignment);
        transitions.keep(recommendation, transition, actor.accountId());
        events.publishEvent(new RecommendationTransferred(id, recommendation.text(), recipients.lead(recommendation),
                recipients.coHandlers(recommendation), assignment.dueOn(), assignment.signDueOn()));
        return assembler.view(recommendation);
    }

    /** Approves or refuses the lead department's request for more time. */
    @Transactional
    public RecommendationView decideExtension(long id, boolean approve, @Nullable String note, Actor actor) {
        Recommendation recommendation = managed(id, actor);
        ExtensionRequest request = handling.pendingExtension(id)
                .orElseThrow(() -> DomainException.conflict("outcome.extension.none-pending"));
        String cleanNote = Text.blankToNull(note);
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw DomainException.invalidField("note", "outcome.note.too-long", MAX_NOTE);
        }
        var now = Rows.now(clock);
        LocalDate newDue = null;
        if (approve) {
            Assignment assignment = recommendation.assignment();
            newDue = deadlines.extendedDue(assignment.dueOn(), request.workingDays());
            int total = deadlines.workingDaysBetween(assignment.transferredOn(), newDue);
            var transition = recommendation.extend(newDue, properties.maxWorkingDays(), total,
                    cleanNote == null ? "+" + request.workingDays() : cleanNote);
            transitions.keep(recommendation, transition, actor.accountId());
        }
        handling.decideExtension(request.id(), approve, actor.accountId(), cleanNote, newDue, now);
        events.publishEvent(org.gongshang.shared.AuditRecord.of("outcome.extension-decided", actor.accountId(),
                "recommendation", id).with("approved", approve));
        events.publishEvent(new ExtensionDecided(id, recommendation.text(), approve, recommendation.dueOn(),
                recipients.lead(recommendation)));
        return assembler.view(recommendation);
    }

    /** 办结 after the rating; a draft, a signed-off or a disputed one may be dropped with a reason. */
    @Transactional
    public RecommendationView close(long id, @Nullable String note, Actor actor) {
        Recommendation recommendation = managed(id, actor);
        String cleanNote = Text.blankToNull(note);
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw DomainException.invalidField("note", "outcome.note.too-long", MAX_NOTE);
        }
        var transition = recommendation.close(cleanNote, Rows.now(clock));
        transitions.keep(recommendation, transition, actor.accountId());
        return assembler.view(recommendation);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Recommendation visible(long id, @Nullable Actor viewer) {
        Recommendation recommendation = store.find(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireView(viewer, recommendation);
        return recommendation;
    }

    private Recommendation managed(long id, Actor actor) {
        Recommendation recommendation = store.lock(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireManager(actor, recommendation);
        return recommendation;
    }

    private void requireDepartments(Recommendation recommendation, long lead, Collection<Long> coHandlers) {
        Set<Long> allowed = new java.util.HashSet<>(departments(recommendation.regionCode()).stream().map(Organization::id).toList());
        if (!allowed.contains(lead)) {
            throw DomainException.invalidField("leadOrganizationId", "outcome.transfer.not-a-department");
        }
        if (!allowed.containsAll(coHandlers)) {
            throw DomainException.invalidField("coOrganizationIds", "outcome.transfer.not-a-department");
        }
    }
}
