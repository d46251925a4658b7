package org.gongshang.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.gongshang.deliberation.StatementAddition.Added;
import org.gongshang.deliberation.StatementAddition.SimilarFound;
import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.LiveAnalyses;
import org.gongshang.deliberation.internal.Participation;
import org.gongshang.deliberation.internal.Statement;
import org.gongshang.deliberation.internal.StatementDuplicates;
import org.gongshang.deliberation.internal.StatementStore;
import org.gongshang.identity.Actor;
import org.gongshang.moderation.SensitiveWords;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements (观点): participants add short ones, organisers seed and moderate them. A statement
 * that contains a sensitive word is held for a moderator; a near-duplicate of an existing statement
 * is pointed out to its author, who may add it all the same.
 */
@Service
public class Statements {

    private final StatementStore store;
    private final DeliberationStore deliberations;
    private final Participation participation;
    private final DeliberationAccess access;
    private final SensitiveWords sensitiveWords;
    private final LiveAnalyses analyses;
    private final StatementDuplicates duplicates;
    private final DeliberationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Statements(StatementStore store, DeliberationStore deliberations, Participation participation, DeliberationAccess access,
            SensitiveWords sensitiveWords, LiveAnalyses analyses, StatementDuplicates duplicates,
            DeliberationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.deliberations = deliberations;
        this.participation = participation;
        this.access = access;
        this.sensitiveWords = sensitiveWords;
        this.analyses = analyses;
        this.duplicates = duplicates;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The statements participants see, in the order they were added. */
    public List<StatementView> shown(long deliberationId) {
        Deliberation d = require(deliberationId);
        return store.all(deliberationId).stream().filter(s -> s.isShown(d.moderation())).map(Statement::view).toList();
    }

    /** Every statement, with its moderation state: for organisers. */
    public List<StatementView> all(long deliberationId, Actor actor) {
        Deliberation d = require(deliberationId);
        access.requireOrganiser(actor, d.regionCode());
        return store.all(deliberationId).stream().map(Statement::view).toList();
    }

    /** Statements waiting for a moderator: pending ones, held ones first. */
    public List<StatementView> queue(long deliberationId, Actor actor) {
        return all(deliberationId, actor).stream().filter(s -> s.status() == StatementStatus.PENDING)
                .sorted(Comparator.comparing((StatementView s) -> !s.held()).thenComparingLong(StatementView::id)).toList();
    }

    /** Existing statements that read almost like the text, most similar first. */
    public List<SimilarStatement> similarTo(long deliberationId, String text) {
        return duplicates.of(require(deliberationId), text);
    }

    /**
     * A participant adds a statement. Unless {@code confirmed}, near-duplicates are returned first
     * and nothing is stored. Under STRICT moderation, and when a sensitive word is found, it waits
     * for a moderator.
     */
    @Transactional
    public StatementAddition add(long deliberationId, String text, boolean confirmed, Actor actor) {
        Deliberation d = require(deliberationId);
        String value = text == null ? "" : text.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        checkLength(value, "text", problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        Instant now = clock.instant();
        d.requireOpen(now);
        participation.requireMayTakePart(deliberationId, actor);
        if (!confirmed) {
            List<SimilarStatement> similar = similarTo(deliberationId, value);
            if (!similar.isEmpty()) {
                return new SimilarFound(similar);
            }
        }
        long participant = participation.join(deliberationId, actor);
        boolean held = sensitiveWords.check(value).flagged();
        Statement added = store.insert(new Statement(0, deliberationId, value, participant, actor.accountId(), false,
                StatementStatus.PENDING, held, null, now));
        duplicates.index(added);
        events.publishEvent(AuditRecord.of("deliberation.statement-added", actor.accountId(), "deliberation-statement",
                added.id()).with("deliberation", deliberationId).with("held", held));
        analyses.changed(deliberationId);
        return new Added(added.view());
    }

    /** An organiser's seed statement: accepted at once (they moderate the deliberation). */
    @Transactional
    public StatementView seed(long deliberationId, String text, Actor actor) {
        Deliberation d = require(deliberationId);
        access.requireOrganiser(actor, d.regionCode());
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String value = text == null ? "" : text.strip();
        checkLength(value, "text", problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        StatementView added = addSeed(deliberationId, value, actor);
        analyses.changed(deliberationId);
        return added;
    }

    StatementView addSeed(long deliberationId, String text, Actor actor) {
        Statement added = store.insert(new Statement(0, deliberationId, text, null, actor.accountId(), true,
                StatementStatus.ACCEPTED, false, null, clock.instant()));
        duplicates.index(added);
        return added.view();
    }

    /** A moderator accepts or rejects a statement; the author hears of it. */
    @Transactional
    public StatementView moderate(long deliberationId, long statementId, StatementStatus decision, Actor actor) {
        Deliberation d = require(deliberationId);
        access.requireOrganiser(actor, d.regionCode());
        Statement statement = store.find(deliberationId, statementId)
                .orElseThrow(() -> DomainException.notFound("deliberation.statement.unknown", statementId));
        Statement changed = statement.moderated(decision);
        store.moderate(changed, actor.accountId(), clock.instant());
        duplicates.index(changed);
        events.publishEvent(AuditRecord.of("deliberation.statement-" + decision.name().toLowerCase(java.util.Locale.ROOT),
                actor.accountId(), "deliberation-statement", statementId).with("deliberation", deliberationId));
        events.publishEvent(new StatementModerated(deliberationId, statementId, statement.text(), decision,
                statement.seed() ? null : statement.authorAccount()));
        analyses.changed(deliberationId);
        return changed.view();
    }

    void checkLength(String text, String field, List<FieldProblem> problems) {
        int length = text.codePointCount(0, text.length());
        if (length == 0 || length > properties.statementMaxLength()) {
            problems.add(new FieldProblem(field, "deliberation.statement.length", properties.statementMaxLength()));
        }
    }

    private Deliberation require(long id) {
        return deliberations.find(id).orElseThrow(() -> DomainException.notFound("deliberation.unknown", id));
    }
}
