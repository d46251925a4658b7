package org.gongshang.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.outcome.internal.AttachmentCheck;
import org.gongshang.outcome.internal.ConcernedPeople;
import org.gongshang.outcome.internal.Deadlines;
import org.gongshang.outcome.internal.DetailsAssembler;
import org.gongshang.outcome.internal.HandlingStore;
import org.gongshang.outcome.internal.OutcomeAccess;
import org.gongshang.outcome.internal.Recipients;
import org.gongshang.outcome.internal.RecommendationStore;
import org.gongshang.outcome.internal.Rows;
import org.gongshang.outcome.internal.Transitions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' side (办理): the lead department signs for a recommendation (签收) or disputes
 * it (退回), reports progress with attachments, asks for more time and replies (答复) with a
 * grade; co-handlers (协办) send their opinion to the lead. Who may do what is the aggregate's rule.
 */
@Service
public class Handling {

    static final int MAX_TEXT = 4000;
    static final int MAX_ATTACHMENTS = 5;

    private final RecommendationStore store;
    private final HandlingStore handling;
    private final Transitions transitions;
    private final OutcomeAccess access;
    private final Deadlines deadlines;
    private final DetailsAssembler assembler;
    private final Recipients recipients;
    private final AttachmentCheck attachmentCheck;
    private final ConcernedPeople concerned;
    private final OutcomeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Handling(RecommendationStore store, HandlingStore handling, Transitions transitions,
            OutcomeAccess access, Deadlines deadlines, DetailsAssembler assembler, Recipients recipients,
            AttachmentCheck attachmentCheck, ConcernedPeople concerned, OutcomeProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.handling = handling;
        this.transitions = transitions;
        this.access = access;
        this.deadlines = deadlines;
        this.assembler = assembler;
        this.recipients = recipients;
        this.attachmentCheck = attachmentCheck;
        this.concerned = concerned;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A file attached to a progress report, as uploaded. */
    public record Upload(String filename, byte[] content) {
    }

    /** 签收. */
    @Transactional
    public RecommendationView accept(long id, Actor actor) {
        Recommendation recommendation = locked(id, actor);
        var transition = recommendation.accept(Handler.of(actor), Rows.now(clock));
        transitions.keep(recommendation, transition, actor.accountId());
        return assembler.view(recommendation);
    }

    /** 退回 with a reason, within the dispute period; staff are asked to reassign. */
    @Transactional
    public RecommendationView dispute(long id, @Nullable String reason, Actor actor) {
        Recommendation recommendation = locked(id, actor);
        recommendation.requireLead(Handler.of(actor));
        String why = Text.blankToNull(reason);
        if (why != null && why.length() > MAX_TEXT) {
            throw DomainException.invalidField("reason", "outcome.text.invalid", MAX_TEXT);
        }
        var transition = recommendation.dispute(Handler.of(actor), why, deadlines.today());
        transitions.keep(recommendation, transition, actor.accountId());
        events.publishEvent(new RecommendationDisputed(id, recommendation.text(), why, recipients.staff(recommendation)));
        return assembler.view(recommendation);
    }

    /** A progress report, optionally with an estimate in percent and attachments (PDF, images, Office documents). */
    @Transactional
    public ProgressReport reportProgress(long id, @Nullable String text, @Nullable Integer percent, List<Upload> uploads,
            Actor actor) {
        Recommendation recommendation = locked(id, actor);
        recommendation.requireLead(Handler.of(actor));
        // Every problem of the form at once: the text and each file.
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        String clean = Text.blankToNull(text);
        if (clean == null || clean.length() > MAX_TEXT) {
            problems.add(new DomainException.FieldProblem("text", "outcome.text.invalid", MAX_TEXT));
        }
        List<AttachmentCheck.Checked> files = new ArrayList<>();
        if (uploads.size() > MAX_ATTACHMENTS) {
            problems.add(new DomainException.FieldProblem("files", "outcome.attachment.too-many", MAX_ATTACHMENTS));
        } else {
            for (Upload upload : uploads) {
                try {
                    files.add(attachmentCheck.check(upload.filename(), upload.content()));
                } catch (DomainException refused) {
                    if (refused.fieldProblems().isEmpty()) {
                        throw refused; // not this file's fault (too many pictures being decoded): the report waits
                    }
                    problems.addAll(refused.fieldProblems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        Handler handler = Handler.of(actor);
        var transition = recommendation.reportProgress(handler, percent);
        Instant at = transitions.keep(recommendation, transition, actor.accountId());
        long reportId = handling.insertProgress(id, recommendation.handlingRound(), recommendation.assignment().leadOrganizationId(),
                clean, percent, actor.accountId(), at);
        files.forEach(file -> handling.insertAttachment(reportId, file.filename(), file.contentType(), file.content()));
        events.publishEvent(AuditRecord.of("outcome.progress", actor.accountId(), "recommendation", id)
                .with("attachments", files.size()));
        return handling.progress(id).stream().filter(p -> p.id() == reportId).findFirst().orElseThrow();
    }

    /**
     * 答复 with a grade (A/B/C as configured): only the lead department. The rating window opens and
     * the people concerned are asked to rate: the consultation's attendees and the supporters of its topics.
     */
    @Transactional
    public RecommendationView reply(long id, @Nullable String grade, @Nullable String text, Actor actor) {
        Recommendation recommendation = locked(id, actor);
        Handler handler = Handler.of(actor);
        recommendation.requireLead(handler);
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        ReplyGrade replyGrade = properties.grade(grade).orElse(null);
        if (replyGrade == null) {
            problems.add(new DomainException.FieldProblem("grade", "outcome.reply.grade-invalid",
                    String.join("/", properties.grades().stream().map(ReplyGrade::code).toList())));
        }
        String clean = Text.blankToNull(text);
        if (clean == null || clean.length() > MAX_TEXT) {
            problems.add(new DomainException.FieldProblem("text", "outcome.text.invalid", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        var transition = recommendation.reply(handler, deadlines.ratingWindowClosesOn());
        Instant at = transitions.keep(recommendation, transition, actor.accountId());
        handling.insertReply(id, recommendation.handlingRound(), recommendation.assignment().leadOrganizationId(),
                replyGrade.code(), clean, actor.accountId(), at);
        concerned.enrolRaters(recommendation);
        events.publishEvent(new RecommendationReplied(id, recommendation.text(), replyGrade.code(),
                recommendation.handlingRound(), concerned.raters(recommendation), recipients.staff(recommendation),
                recommendation.ratingClosesOn()));
        return assembler.view(recommendation);
    }

    /** A co-handler's opinion (协办意见) to the lead department, once per organisation and round; no grade. */
    @Transactional
    public CoHandlerOpinion giveOpinion(long id, @Nullable String text, Actor actor) {
        Recommendation recommendation = locked(id, actor);
        long organization = recommendation.requireCoHandler(Handler.of(actor));
        String clean = checkedText(text, "text");
        Instant at = Rows.now(clock);
        if (!handling.insertOpinion(id, recommendation.handlingRound(), organization, clean, actor.accountId(), at)) {
            throw DomainException.conflict("outcome.co-opinion.twice");
        }
        events.publishEvent(AuditRecord.of("outcome.co-opinion", actor.accountId(), "recommendation", id)
                .with("organization", organization));
        return new CoHandlerOpinion(recommendation.handlingRound(), organization, clean, actor.accountId(), at);
    }

    /** 申请延期: more working days, with a reason; staff decide. One request waits at a time. */
    @Transactional
    public ExtensionRequest requestExtension(long id, @Nullable Integer workingDays, @Nullable String reason, Actor actor) {
        Recommendation recommendation = locked(id, actor);
        recommendation.requireExtensible(Handler.of(actor));
        int maxMore = properties.maxWorkingDays() - recommendation.assignment().workingDays();
        if (workingDays == null || workingDays < 1 || workingDays > maxMore) {
            throw DomainException.invalidField("workingDays", "outcome.extension.days-invalid", Math.max(maxMore, 0));
        }
        String why = checkedText(reason, "reason");
        if (!handling.insertExtension(id, workingDays, why, actor.accountId(), Rows.now(clock))) {
            throw DomainException.conflict("outcome.extension.pending");
        }
        events.publishEvent(AuditRecord.of("outcome.extension-requested", actor.accountId(), "recommendation", id)
                .with("workingDays", workingDays));
        events.publishEvent(new ExtensionRequested(id, recommendation.text(), workingDays, why, recipients.staff(recommendation)));
        return handling.pendingExtension(id).orElseThrow();
    }

    /** An attachment's file, for those who may see the recommendation. */
    public HandlingStore.AttachmentFile attachment(long recommendationId, long attachmentId, @Nullable Actor viewer) {
        Recommendation recommendation = store.find(recommendationId)
                .orElseThrow(() -> DomainException.notFound("outcome.unknown", recommendationId));
        access.requireView(viewer, recommendation);
        return handling.attachment(attachmentId).filter(file -> file.recommendationId() == recommendationId)
                .orElseThrow(() -> DomainException.notFound("outcome.attachment.unknown"));
    }

    private String checkedText(@Nullable String text, String field) {
        String clean = Text.blankToNull(text);
        if (clean == null || clean.length() > MAX_TEXT) {
            throw DomainException.invalidField(field, "outcome.text.invalid", MAX_TEXT);
        }
        return clean;
    }

    /**
     * Those who may not even see it get 404, as if it did not exist; among those who see it, the
     * aggregate decides who may act (anyone else gets 403).
     */
    private Recommendation locked(long id, Actor actor) {
        Recommendation recommendation = store.lock(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireView(actor, recommendation);
        return recommendation;
    }
}
