package org.gongshang.topic.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.Movement;
import org.gongshang.topic.RoutingLevel;
import org.gongshang.topic.SubmissionChannel;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicStatus;
import org.jspecify.annotations.Nullable;

/**
 * The topic aggregate: every change of state goes through a method that checks the rule and
 * refuses in the domain's words. No Spring, no database: the services load, change and store it.
 */
public final class Topic {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 60;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int NOTE_MAX = 1000;

    private final @Nullable Long id;
    private final String title;
    private final String description;
    private final TopicCategory category;
    private final String regionCode;
    private final TopicSource source;
    private final SubmissionChannel channel;
    private final @Nullable Long campaignId;
    private final long submittedBy;
    private final Instant submittedAt;
    private TopicStatus status;
    private boolean held;
    private @Nullable String heldWords;
    private @Nullable DeclineReason declineReason;
    private @Nullable String decisionNote;
    private @Nullable Long screenedBy;
    private @Nullable Instant screenedAt;
    private @Nullable Long mergedInto;
    private @Nullable RoutingLevel routedLevel;
    private @Nullable Long routedOrganizationId;
    private @Nullable Long planId;
    private @Nullable Long consultationId;

    /** Everything as stored; used by the store to load a topic. */
    public Topic(@Nullable Long id, String title, String description, TopicCategory category, String regionCode,
            TopicSource source, SubmissionChannel channel, @Nullable Long campaignId, long submittedBy, Instant submittedAt,
            TopicStatus status, boolean held, @Nullable String heldWords, @Nullable DeclineReason declineReason,
            @Nullable String decisionNote, @Nullable Long screenedBy, @Nullable Instant screenedAt, @Nullable Long mergedInto,
            @Nullable RoutingLevel routedLevel, @Nullable Long routedOrganizationId, @Nullable Long planId,
            @Nullable Long consultationId) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.category = category;
        this.regionCode = regionCode;
        this.source = source;
        this.channel = channel;
        this.campaignId = campaignId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = status;
        this.held = held;
        this.heldWords = heldWords;
        this.declineReason = declineReason;
        this.decisionNote = decisionNote;
        this.screenedBy = screenedBy;
        this.screenedAt = screenedAt;
        this.mergedInto = mergedInto;
        this.routedLevel = routedLevel;
        this.routedOrganizationId = routedOrganizationId;
        this.planId = planId;
        this.consultationId = consultationId;
    }

    /**
     * A new topic, SUBMITTED, after checking its text. Sensitive words found in it ({@code heldWords}
     * non-empty) hold it back from public pages; screening may go on meanwhile.
     */
    public static Topic submit(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
            String regionCode, TopicSource source, SubmissionChannel channel, @Nullable Long campaignId, long submittedBy,
            Instant at, List<String> heldWords) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanDescription = description == null ? "" : description.strip();
        List<FieldProblem> problems = new ArrayList<>(checkText(cleanTitle, cleanDescription));
        if (category == null) {
            problems.add(new FieldProblem("category", "topic.category.required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        boolean held = !heldWords.isEmpty();
        return new Topic(null, cleanTitle, cleanDescription, category, regionCode, source, channel, campaignId, submittedBy,
                at, TopicStatus.SUBMITTED, held, held ? String.join("、", heldWords) : null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Problems with a title and a description, lengths counted in characters as people count them. */
    public static List<FieldProblem> checkText(String title, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        int titleLength = title.codePointCount(0, title.length());
        if (titleLength < TITLE_MIN || titleLength > TITLE_MAX) {
            problems.add(new FieldProblem("title", "topic.title.length", TITLE_MIN, TITLE_MAX));
        }
        int descriptionLength = description.codePointCount(0, description.length());
        if (descriptionLength < DESCRIPTION_MIN || descriptionLength > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "topic.description.length", DESCRIPTION_MIN, DESCRIPTION_MAX));
        }
        return problems;
    }

    // ---- screening ------------------------------------------------------------------------------

    public void accept(long by, @Nullable String note, Instant at) {
        moveTo(TopicStatus.ACCEPTED);
        screened(by, null, checkNote(note), at);
    }

    /** Declines with a reason and a note for the submitter; a duplicate is merged instead. */
    public void decline(@Nullable DeclineReason reason, @Nullable String note, long by, Instant at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new FieldProblem("reason", "topic.screening.reason-required"));
        } else if (reason.needsMergeTarget()) {
            problems.add(new FieldProblem("mergeInto", "topic.screening.merge-target-required"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "topic.screening.note-required"));
        } else if (note.strip().length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "topic.screening.note-too-long", NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        moveTo(TopicStatus.DECLINED);
        screened(by, reason, note.strip(), at);
    }

    /** Merges this duplicate into {@code survivor}, which must be another topic still alive. */
    public void mergeInto(Topic survivor, @Nullable String note, long by, Instant at) {
        if (survivor.id == null || survivor.id.equals(id)) {
            throw DomainException.invalidField("mergeInto", "topic.merge.self");
        }
        if (!survivor.status.isOpenForSupport()) {
            throw DomainException.conflict("topic.merge.survivor-closed", survivor.id);
        }
        moveTo(TopicStatus.MERGED);
        this.mergedInto = survivor.id;
        screened(by, DeclineReason.DUPLICATE, checkNote(note), at);
    }

    /** A moderator found the held words harmless here. */
    public void release() {
        if (!held) {
            throw DomainException.conflict("topic.release.not-held");
        }
        held = false;
        heldWords = null;
    }

    // ---- routing (衔接) ----------------------------------------------------------------------------

    /** Routes the topic to an organisation's consultation; says whether that escalated or handed it down. */
    public Movement routeTo(RoutingLevel level, long organizationId) {
        if (status != TopicStatus.ACCEPTED && status != TopicStatus.PLANNED) {
            throw DomainException.conflict("topic.route.not-accepted", status);
        }
        if (level == routedLevel && Long.valueOf(organizationId).equals(routedOrganizationId)) {
            throw DomainException.conflict("topic.route.unchanged");
        }
        Movement movement = Movement.between(routedLevel, level);
        routedLevel = level;
        routedOrganizationId = organizationId;
        return movement;
    }

    // ---- later in the cycle (plan and consultation modules) ----------------------------------------

    public void plan(long plan) {
        moveTo(TopicStatus.PLANNED);
        planId = plan;
    }

    public void unplan() {
        moveTo(TopicStatus.ACCEPTED);
        planId = null;
    }

    public void startConsultation(long consultation) {
        moveTo(TopicStatus.IN_CONSULTATION);
        consultationId = consultation;
    }

    public void concludeConsultation() {
        moveTo(TopicStatus.CONSULTED);
    }

    private void moveTo(TopicStatus next) {
        if (!status.canBecome(next)) {
            throw DomainException.conflict("topic.status.move-refused", status, next);
        }
        status = next;
    }

    private void screened(long by, @Nullable DeclineReason reason, @Nullable String note, Instant at) {
        this.declineReason = reason;
        this.decisionNote = note;
        this.screenedBy = by;
        this.screenedAt = at;
    }

    private static @Nullable String checkNote(@Nullable String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > NOTE_MAX) {
            throw DomainException.invalidField("note", "topic.screening.note-too-long", NOTE_MAX);
        }
        return clean;
    }

    // ---- reading --------------------------------------------------------------------------------

    public @Nullable Long id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public TopicCategory category() { return category; }
    public String regionCode() { return regionCode; }
    public TopicSource source() { return source; }
    public SubmissionChannel channel() { return channel; }
    public @Nullable Long campaignId() { return campaignId; }
    public long submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public TopicStatus status() { return status; }
    public boolean held() { return held; }
    public @Nullable String heldWords() { return heldWords; }
    public @Nullable DeclineReason declineReason() { return declineReason; }
    public @Nullable String decisionNote() { return decisionNote; }
    public @Nullable Long screenedBy() { return screenedBy; }
    public @Nullable Instant screenedAt() { return screenedAt; }
    public @Nullable Long mergedInto() { return mergedInto; }
    public @Nullable RoutingLevel routedLevel() { return routedLevel; }
    public @Nullable Long routedOrganizationId() { return routedOrganizationId; }
    public @Nullable Long planId() { return planId; }
    public @Nullable Long consultationId() { return consultationId; }
}
