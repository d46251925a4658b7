package org.gongshang.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.AttachmentFiles;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.PreparationStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparation (商前准备): briefing materials read before the session (商前知情), field research tasks
 * (调研) with reports, the implementation plan (实施方案) with its division of work, and a readiness
 * checklist against the lead times, all counted in working days.
 */
@Service
public class Preparation {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 20_000;

    private final PreparationStore store;
    private final ConsultationStore consultations;
    private final ParticipantStore participants;
    private final ConsultationAccess access;
    private final AttachmentFiles files;
    private final WorkingDayCalendar calendar;
    private final ConsultationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Preparation(PreparationStore store, ConsultationStore consultations, ParticipantStore participants,
            ConsultationAccess access, AttachmentFiles files, WorkingDayCalendar calendar, ConsultationProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.participants = participants;
        this.access = access;
        this.files = files;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // ---- briefing materials ---------------------------------------------------------------------

    public List<BriefingMaterial> materials(long consultationId) {
        return store.materials(consultationId);
    }

    @Transactional
    public BriefingMaterial addMaterial(long consultationId, @Nullable String title, @Nullable String body, Actor actor) {
        access.requireOrganiser(actor, preparing(consultationId));
        String cleanTitle = Text.blankToNull(title);
        if (cleanTitle == null || cleanTitle.length() > MAX_TITLE) {
            throw DomainException.invalidField("title", "consultation.material.title-invalid", MAX_TITLE);
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalidField("body", "consultation.text.too-long", MAX_TEXT);
        }
        long id = store.insertMaterial(consultationId, cleanTitle, text, actor.accountId(), Moments.now(clock));
        return store.materials(consultationId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** Attaches a file to a material ({@code MATERIAL}) or a research task's report ({@code RESEARCH}). */
    @Transactional
    public Attachment attach(long consultationId, String ownerType, long ownerId, String filename, byte[] content, Actor actor) {
        Consultation consultation = consultation(consultationId);
        if (ownerType.equals("MATERIAL")) {
            access.requireOrganiser(actor, consultation);
            if (store.materials(consultationId).stream().noneMatch(m -> m.id() == ownerId)) {
                throw DomainException.notFound("consultation.material.unknown", ownerId);
            }
        } else {
            ResearchTask task = taskOf(consultationId, ownerId);
            if (!task.assigneeAccountIds().contains(actor.accountId())) {
                access.requireOrganiser(actor, consultation);
            }
        }
        String name = Text.blankToNull(filename) == null ? "file" : filename.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        AttachmentFiles.Stored stored = files.store(name, content);
        long id = store.insertAttachment(consultationId, ownerType, ownerId, name, stored.contentType(), stored.sizeBytes(),
                stored.storageKey(), actor.accountId());
        return new Attachment(id, name, stored.contentType(), stored.sizeBytes());
    }

    /** An attachment's bytes, for whoever may see the consultation. */
    public AttachmentContent download(long consultationId, long attachmentId, Actor actor) {
        access.requireView(actor, consultation(consultationId));
        var stored = store.attachment(attachmentId).filter(a -> a.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.attachment.unknown", attachmentId));
        return new AttachmentContent(stored.attachment(), files.read(stored.storageKey()));
    }

    /** An attachment with its bytes. */
    public record AttachmentContent(Attachment attachment, byte[] bytes) {
    }

    /** A participant marks a material read. */
    @Transactional
    public void markRead(long consultationId, long materialId, Actor actor) {
        Participant participant = participants.findByAccount(consultationId, actor.accountId())
                .orElseThrow(() -> DomainException.forbidden("consultation.participant.not-on-roster"));
        if (store.materials(consultationId).stream().noneMatch(m -> m.id() == materialId)) {
            throw DomainException.notFound("consultation.material.unknown", materialId);
        }
        store.markRead(materialId, participant.id(), Moments.now(clock));
    }

    /** Material id → the expected participants with an account who have not marked it read. */
    public Map<Long, List<Participant>> unread(long consultationId, Actor actor) {
        access.requireRunner(actor, consultation(consultationId));
        Map<Long, List<Long>> readers = store.readers(consultationId);
        List<Participant> expected = participants.roster(consultationId).stream()
                .filter(p -> p.status().isExpected() && p.accountId() != null).toList();
        Map<Long, List<Participant>> unread = new java.util.LinkedHashMap<>();
        for (BriefingMaterial material : store.materials(consultationId)) {
            List<Long> read = readers.getOrDefault(material.id(), List.of());
            unread.put(material.id(), expected.stream().filter(p -> !read.contains(p.id())).toList());
        }
        return unread;
    }

    /** The materials the participant has marked read. */
    public List<Long> readByMe(long consultationId, Actor actor) {
        Optional<Participant> me = participants.findByAccount(consultationId, actor.accountId());
        if (me.isEmpty()) {
            return List.of();
        }
        return store.readers(consultationId).entrySet().stream().filter(e -> e.getValue().contains(me.get().id()))
                .map(Map.Entry::getKey).toList();
    }

    // ---- research tasks -------------------------------------------------------------------------

    public List<ResearchTask> researchTasks(long consultationId) {
        return store.researchTasks(consultationId);
    }

    /** A research task due {@code workingDays} working days from today. */
    @Transactional
    public ResearchTask addResearchTask(long consultationId, @Nullable String title, List<Long> assigneeAccountIds,
            int workingDays, Actor actor) {
        access.requireOrganiser(actor, preparing(consultationId));
        String cleanTitle = Text.blankToNull(title);
        if (cleanTitle == null || cleanTitle.length() > MAX_TITLE) {
            throw DomainException.invalidField("title", "consultation.research.title-invalid", MAX_TITLE);
        }
        if (assigneeAccountIds.isEmpty()) {
            throw DomainException.invalidField("assigneeAccountIds", "consultation.research.assignees-required");
        }
        if (workingDays < 1 || workingDays > 250) {
            throw DomainException.invalidField("workingDays", "consultation.research.days-invalid");
        }
        LocalDate due = calendar.plusWorkingDays(today(), workingDays);
        long id = store.insertResearchTask(consultationId, cleanTitle, due, assigneeAccountIds);
        return store.researchTask(id).orElseThrow();
    }

    /** An assignee (or the organiser) hands in the report. */
    @Transactional
    public ResearchTask report(long consultationId, long taskId, @Nullable String report, Actor actor) {
        Consultation consultation = consultation(consultationId);
        ResearchTask task = taskOf(consultationId, taskId);
        if (!task.assigneeAccountIds().contains(actor.accountId())) {
            access.requireOrganiser(actor, consultation);
        }
        String text = report == null ? "" : report;
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalidField("report", "consultation.text.too-long", MAX_TEXT);
        }
        ResearchTask reported = task.report(text, Moments.now(clock));
        store.saveReport(reported, actor.accountId());
        if (task.status() == ResearchTask.Status.OPEN && reported.reportedAt() != null) {
            events.publishEvent(new ResearchTaskReported(consultationId, taskId, task.title(), task.assigneeAccountIds(),
                    reported.reportedAt()));
        }
        return reported;
    }

    /**
     * Reminds the assignees of overdue tasks, once per task and day: the claim in the database makes
     * a second run on the same day (or on another node) find nothing.
     */
    @Transactional
    public int remindOverdue() {
        List<ResearchTask> overdue = store.claimOverdue(today());
        overdue.forEach(task -> events.publishEvent(new ResearchTaskOverdue(task.consultationId(), task.id(), task.title(),
                task.dueOn(), task.assigneeAccountIds())));
        return overdue.size();
    }

    // ---- implementation plan --------------------------------------------------------------------

    public ImplementationPlan plan(long consultationId) {
        return store.plan(consultationId);
    }

    @Transactional
    public ImplementationPlan savePlan(long consultationId, @Nullable String objectives, @Nullable String steps, Actor actor) {
        access.requireOrganiser(actor, preparing(consultationId));
        String o = objectives == null ? "" : objectives.strip();
        String s = steps == null ? "" : steps.strip();
        if (o.length() > MAX_TEXT || s.length() > MAX_TEXT) {
            throw DomainException.invalidField("objectives", "consultation.text.too-long", MAX_TEXT);
        }
        store.savePlan(consultationId, o, s, actor.accountId(), Moments.now(clock));
        return store.plan(consultationId);
    }

    @Transactional
    public ImplementationPlan addPlanTask(long consultationId, @Nullable String description, @Nullable Long ownerAccountId,
            @Nullable String ownerName, @Nullable LocalDate dueOn, Actor actor) {
        access.requireOrganiser(actor, preparing(consultationId));
        String text = Text.blankToNull(description);
        String owner = Text.blankToNull(ownerName);
        if (text == null || text.length() > 300) {
            throw DomainException.invalidField("description", "consultation.plan.task-invalid");
        }
        if (owner == null || owner.length() > 50) {
            throw DomainException.invalidField("ownerName", "consultation.plan.owner-required");
        }
        if (dueOn == null) {
            throw DomainException.invalidField("dueOn", "consultation.plan.due-required");
        }
        store.insertPlanTask(consultationId, text, ownerAccountId, owner, dueOn);
        return store.plan(consultationId);
    }

    @Transactional
    public ImplementationPlan setPlanTaskDone(long consultationId, long taskId, boolean done, Actor actor) {
        access.requireOrganiser(actor, consultation(consultationId));
        if (store.setPlanTaskDone(consultationId, taskId, done) == 0) {
            throw DomainException.notFound("consultation.plan.task-unknown", taskId);
        }
        return store.plan(consultationId);
    }

    // ---- readiness ------------------------------------------------------------------------------

    /**
     * The checklist: invitations out {@code noticeWorkingDays} and materials out {@code materialsWorkingDays}
     * working days before the session, a written plan, research reported, the composition rule,
     * a facilitator, and a venue for offline sessions.
     */
    public Readiness readiness(long consultationId) {
        Consultation consultation = consultation(consultationId);
        LocalDate session = LocalDate.ofInstant(consultation.startsAt(), Zones.platform());
        LocalDate today = today();
        List<Readiness.Check> checks = new ArrayList<>();

        LocalDate noticeDue = calendar.plusWorkingDays(session, -properties.noticeWorkingDays());
        Instant scheduledAt = consultation.scheduledAt();
        boolean noticeDone = scheduledAt != null;
        boolean noticeLate = noticeDone ? LocalDate.ofInstant(scheduledAt, Zones.platform()).isAfter(noticeDue) : today.isAfter(noticeDue);
        checks.add(new Readiness.Check("notice", noticeDone, noticeDue, noticeLate));

        LocalDate materialsDue = calendar.plusWorkingDays(session, -properties.materialsWorkingDays());
        Optional<Instant> firstMaterial = store.materials(consultationId).stream().map(BriefingMaterial::createdAt).min(Instant::compareTo);
        boolean materialsLate = firstMaterial.map(at -> LocalDate.ofInstant(at, Zones.platform()).isAfter(materialsDue))
                .orElse(today.isAfter(materialsDue));
        checks.add(new Readiness.Check("materials", firstMaterial.isPresent(), materialsDue, materialsLate));

        checks.add(new Readiness.Check("plan", store.plan(consultationId).isWritten(), null, false));
        List<ResearchTask> tasks = store.researchTasks(consultationId);
        boolean researchDone = tasks.stream().allMatch(t -> t.status() != ResearchTask.Status.OPEN);
        checks.add(new Readiness.Check("research", researchDone, null, tasks.stream().anyMatch(t -> t.isOverdue(today))));
        CompositionCheck composition = CompositionCheck.of(participants.roster(consultationId), properties.grassrootsMinShare());
        checks.add(new Readiness.Check("composition", composition.isMet(), null, false));
        checks.add(new Readiness.Check("facilitator", consultation.facilitatorAccountId() != null, null, false));
        if (consultation.form().needsVenue()) {
            checks.add(new Readiness.Check("venue", consultation.venueType() != null && consultation.address() != null, null, false));
        }
        return new Readiness(checks);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }

    private Consultation consultation(long id) {
        return consultations.find(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
    }

    private Consultation preparing(long id) {
        Consultation consultation = consultation(id);
        if (consultation.status() == ConsultationStatus.CONCLUDED || consultation.status() == ConsultationStatus.CANCELLED) {
            throw DomainException.conflict("consultation.details.locked");
        }
        return consultation;
    }

    private ResearchTask taskOf(long consultationId, long taskId) {
        return store.researchTask(taskId).filter(t -> t.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.research.unknown", taskId));
    }
}
