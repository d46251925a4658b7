package org.gongshang.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.outcome.internal.Deadlines;
import org.gongshang.outcome.internal.DetailsAssembler;
import org.gongshang.outcome.internal.OutcomeAccess;
import org.gongshang.outcome.internal.Recipients;
import org.gongshang.outcome.internal.RecommendationStore;
import org.gongshang.outcome.internal.Rows;
import org.gongshang.outcome.internal.SupervisionStore;
import org.gongshang.outcome.internal.Transitions;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision (督办): near-due and overdue lists per department and region for staff, escalation
 * from the office to the leader with notes. Reminders go out from the daily job
 * ({@code internal/SupervisionReminders}).
 */
@Service
public class Supervision {

    static final int MAX_NOTE = 1000;

    private final RecommendationStore store;
    private final SupervisionStore supervision;
    private final Transitions transitions;
    private final OutcomeAccess access;
    private final Deadlines deadlines;
    private final DetailsAssembler assembler;
    private final Recipients recipients;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervision(RecommendationStore store, SupervisionStore supervision, Transitions transitions, OutcomeAccess access,
            Deadlines deadlines, DetailsAssembler assembler, Recipients recipients, Regions regions,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.supervision = supervision;
        this.transitions = transitions;
        this.access = access;
        this.deadlines = deadlines;
        this.assembler = assembler;
        this.recipients = recipients;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The lists of the staff's regions, optionally narrowed to a region or a department.
     *
     * @throws DomainException FORBIDDEN for anyone but staff and admins
     */
    public SupervisionBoard board(@Nullable String regionCode, @Nullable Long organizationId, Actor actor) {
        Set<String> scope = new LinkedHashSet<>();
        List<String> roots = actor.isAdmin() ? regions.roots().stream().map(Region::code).toList() : access.staffRegions(actor);
        if (roots.isEmpty()) {
            throw DomainException.forbidden("outcome.staff-only");
        }
        roots.forEach(root -> scope.addAll(regions.codesWithin(root)));
        if (regionCode != null && !regionCode.isBlank()) {
            scope.retainAll(regions.codesWithin(regionCode.strip()));
        }
        LocalDate today = deadlines.today();
        LocalDate nearLimit = deadlines.nearDueLimit();
        List<Recommendation> handled = store.list(new RecommendationStore.Filter(scope, null, false, organizationId,
                RecommendationStatus.handled(), null, null, null), 0, 10_000);
        List<RecommendationView> overdue = new ArrayList<>();
        List<RecommendationView> nearDue = new ArrayList<>();
        List<RecommendationView> signingLate = new ArrayList<>();
        Map<String, int[]> byDepartment = new LinkedHashMap<>();
        Map<String, int[]> byRegion = new LinkedHashMap<>();
        for (Recommendation recommendation : handled) {
            RecommendationView view = assembler.view(recommendation);
            boolean isOverdue = recommendation.isOverdue(today);
            boolean isNear = !isOverdue && view.dueDate() != null && !view.dueDate().isAfter(nearLimit);
            if (isOverdue) {
                overdue.add(view);
            } else if (isNear) {
                nearDue.add(view);
            }
            if (recommendation.isSigningLate(today)) {
                signingLate.add(view);
            }
            count(byDepartment, String.valueOf(view.leadOrganizationId()), isNear, isOverdue);
            count(byRegion, district(recommendation.regionCode()), isNear, isOverdue);
        }
        overdue.sort(Comparator.comparing(RecommendationView::overdueWorkingDays).reversed());
        nearDue.sort(Comparator.comparing(RecommendationView::dueDate));
        return new SupervisionBoard(overdue, nearDue, signingLate,
                counts(byDepartment, key -> assembler.organizationName(Long.parseLong(key))),
                counts(byRegion, key -> regions.find(key).map(Region::name).orElse(key)));
    }

    /**
     * Raises supervision to the level (office, then leader) with a note; the department hears of it,
     * and at LEADER level the leader who signed the recommendation off too.
     */
    @Transactional
    public RecommendationView escalate(long id, @Nullable EscalationLevel level, @Nullable String note, Actor actor) {
        Recommendation recommendation = managed(id, actor);
        if (level == null || level == EscalationLevel.NONE) {
            throw DomainException.invalidField("level", "outcome.supervision.level-invalid");
        }
        String clean = checkedNote(note);
        recommendation.escalate(level);
        transitions.save(recommendation);
        supervision.insertNote(id, level, clean, actor.accountId(), Rows.now(clock));
        events.publishEvent(AuditRecord.of("outcome.escalated", actor.accountId(), "recommendation", id).with("level", level));
        events.publishEvent(new SupervisionEscalated(id, recommendation.text(), level, clean, escalationRecipients(recommendation)));
        return assembler.view(recommendation);
    }

    /** A supervision note (督办意见) at the current level, without raising it. */
    @Transactional
    public SupervisionNote addNote(long id, @Nullable String note, Actor actor) {
        Recommendation recommendation = managed(id, actor);
        String clean = checkedNote(note);
        var at = Rows.now(clock);
        supervision.insertNote(id, recommendation.escalation(), clean, actor.accountId(), at);
        events.publishEvent(AuditRecord.of("outcome.supervision-note", actor.accountId(), "recommendation", id));
        return new SupervisionNote(recommendation.escalation(), clean, actor.accountId(), at);
    }

    /** Who hears of an escalation: the lead department, and at LEADER level the leader who signed it off. */
    public List<Long> escalationRecipients(Recommendation recommendation) {
        List<Long> ids = new ArrayList<>(recipients.lead(recommendation));
        if (recommendation.escalation() == EscalationLevel.LEADER) {
            ids.addAll(recipients.staff(recommendation));
        }
        return ids.stream().distinct().toList();
    }

    private String checkedNote(@Nullable String note) {
        String clean = Text.blankToNull(note);
        if (clean == null || clean.length() > MAX_NOTE) {
            throw DomainException.invalidField("note", "outcome.text.invalid", MAX_NOTE);
        }
        return clean;
    }

    private Recommendation managed(long id, Actor actor) {
        Recommendation recommendation = store.lock(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireManager(actor, recommendation);
        return recommendation;
    }

    /** The district (区县) of a region, so that the counts per region stay few. */
    private String district(String regionCode) {
        return regions.enclosing(regionCode, RegionLevel.DISTRICT).map(Region::code).orElse(regionCode);
    }

    private static void count(Map<String, int[]> counts, String key, boolean near, boolean overdue) {
        int[] c = counts.computeIfAbsent(key, k -> new int[3]);
        c[0]++;
        if (near) {
            c[1]++;
        }
        if (overdue) {
            c[2]++;
        }
    }

    private static List<SupervisionBoard.Count> counts(Map<String, int[]> counts, java.util.function.Function<String, String> name) {
        return counts.entrySet().stream()
                .map(e -> new SupervisionBoard.Count(e.getKey(), name.apply(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(SupervisionBoard.Count::overdue).reversed().thenComparing(SupervisionBoard.Count::name))
                .toList();
    }
}
