package org.gongshang.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.PlanStatus;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One version of a yearly plan with its items: the aggregate that drafters edit and reviewers
 * decide on. It guards its own state: only a draft or returned version takes changes, only a
 * submitted one can be approved or returned, a return needs a comment, and nobody approves what
 * they submitted themselves.
 */
public final class PlanVersion {

    public static final int COMMENT_MAX = 2000;

    private final @Nullable Long id;
    private final long planId;
    private final int number;
    private PlanStatus status;
    private final List<PlanItem> items;
    private final long createdBy;
    private final Instant createdAt;
    private @Nullable Long submittedBy;
    private @Nullable Instant submittedAt;
    private @Nullable Long decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String comment;

    public PlanVersion(@Nullable Long id, long planId, int number, PlanStatus status, List<PlanItem> items, long createdBy,
            Instant createdAt, @Nullable Long submittedBy, @Nullable Instant submittedAt, @Nullable Long decidedBy,
            @Nullable Instant decidedAt, @Nullable String comment) {
        this.id = id;
        this.planId = planId;
        this.number = number;
        this.status = status;
        this.items = new ArrayList<>(items);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.comment = comment;
    }

    /** The first version of a new plan: an empty draft. */
    public static PlanVersion first(long planId, long by, Instant at) {
        return new PlanVersion(null, planId, 1, PlanStatus.DRAFT, List.of(), by, at, null, null, null, null, null);
    }

    /**
     * An amendment of the version in force: a new draft with copies of its items. This version stays
     * in force, and readable, until the amendment is approved.
     */
    public PlanVersion amend(long by, Instant at) {
        if (status != PlanStatus.APPROVED) {
            throw DomainException.conflict("plan.amend.not-in-force");
        }
        return new PlanVersion(null, planId, number + 1, PlanStatus.DRAFT, items.stream().map(PlanItem::copy).toList(), by,
                at, null, null, null, null, null);
    }

    // ---- drafting -------------------------------------------------------------------------------

    public void add(PlanItem item) {
        requireEditable();
        if (contains(item.topicId())) {
            throw DomainException.invalidField("topicId", "plan.topic.duplicate");
        }
        items.add(item);
    }

    public PlanItem change(long itemId, int month, ConsultationForm form, List<Long> leads, List<Long> departments) {
        requireEditable();
        PlanItem before = item(itemId);
        PlanItem after = before.changed(month, form, leads, departments);
        items.set(items.indexOf(before), after);
        return after;
    }

    public PlanItem remove(long itemId) {
        requireEditable();
        PlanItem item = item(itemId);
        items.remove(item);
        return item;
    }

    public void submit(long by, Instant at) {
        if (!status.canBecome(PlanStatus.SUBMITTED)) {
            throw DomainException.conflict("plan.submit.refused." + status);
        }
        if (items.isEmpty()) {
            throw DomainException.conflict("plan.submit.empty");
        }
        status = PlanStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    // ---- review (党委审定) ------------------------------------------------------------------------

    public void approve(long reviewer, Instant at) {
        requireDecidable(reviewer);
        status = PlanStatus.APPROVED;
        decidedBy = reviewer;
        decidedAt = at;
        comment = null;
    }

    public void returnToDrafters(long reviewer, @Nullable String reviewComment, Instant at) {
        requireDecidable(reviewer);
        String text = reviewComment == null ? "" : reviewComment.strip();
        if (text.isEmpty() || text.length() > COMMENT_MAX) {
            throw DomainException.invalidField("comment", "plan.return.comment-required", COMMENT_MAX);
        }
        status = PlanStatus.RETURNED;
        decidedBy = reviewer;
        decidedAt = at;
        comment = text;
    }

    /** A later version of the plan was approved: this one is kept for the record. */
    public void supersede() {
        if (!status.canBecome(PlanStatus.SUPERSEDED)) {
            throw DomainException.conflict("plan.supersede.refused");
        }
        status = PlanStatus.SUPERSEDED;
    }

    // ---- reading --------------------------------------------------------------------------------

    public boolean contains(long topicId) {
        return items.stream().anyMatch(item -> item.topicId() == topicId);
    }

    public Set<Long> topicIds() {
        return items.stream().map(PlanItem::topicId).collect(Collectors.toUnmodifiableSet());
    }

    public PlanItem item(long itemId) {
        return items.stream().filter(item -> item.id() != null && item.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("plan.item.unknown", itemId));
    }

    /** Items by month, and in the order they were added within a month. */
    public List<PlanItem> items() {
        return items.stream().sorted(Comparator.comparingInt(PlanItem::month)).toList();
    }

    /** Items in the order they were added (how the store keeps their positions). */
    List<PlanItem> itemsInOrder() {
        return List.copyOf(items);
    }

    void stored(int index, long itemId) {
        items.set(index, items.get(index).withId(itemId));
    }

    /** @throws DomainException CONFLICT unless the drafters hold this version (draft or returned) */
    public void checkEditable() {
        requireEditable();
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw DomainException.conflict("plan.not-editable." + status);
        }
    }

    private void requireDecidable(long reviewer) {
        if (status != PlanStatus.SUBMITTED) {
            throw DomainException.conflict("plan.review.not-submitted." + status);
        }
        if (submittedBy != null && submittedBy == reviewer) {
            throw DomainException.forbidden("plan.review.own");
        }
    }

    public @Nullable Long id() { return id; }
    public long planId() { return planId; }
    public int number() { return number; }
    public PlanStatus status() { return status; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Long submittedBy() { return submittedBy; }
    public @Nullable Instant submittedAt() { return submittedAt; }
    public @Nullable Long decidedBy() { return decidedBy; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String comment() { return comment; }
}
