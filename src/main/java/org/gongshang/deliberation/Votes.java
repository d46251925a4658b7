package org.gongshang.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongshang.deliberation.engine.StatementPriorities;
import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.LiveAnalyses;
import org.gongshang.deliberation.internal.Participation;
import org.gongshang.deliberation.internal.Statement;
import org.gongshang.deliberation.internal.StatementStore;
import org.gongshang.deliberation.internal.VoteOutcome;
import org.gongshang.deliberation.internal.VoteRateLimiter;
import org.gongshang.deliberation.internal.VoteStore;
import org.gongshang.deliberation.internal.VoteWriter;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Votes (表态) and the next statement to vote on. Recording a vote is a count in the person's rate
 * limit ({@link VoteRateLimiter}, in memory), a place in the next group commit ({@link VoteWriter})
 * and a notice to the recomputer, nothing more: the analysis follows within two seconds. A vote equal
 * to the current one writes nothing and recomputes nothing. The counter {@code gongshang.deliberation.votes}
 * counts votes by outcome (recorded, unchanged, refused, limited).
 */
@Service
public class Votes {

    /** Votes by outcome: recorded, unchanged, refused, limited. */
    public static final String METER = "gongshang.deliberation.votes";

    /** One vote in a participant's history of a statement. */
    public record HistoryEntry(VoteValue value, Instant at) {
    }

    private final VoteStore store;
    private final VoteWriter writer;
    private final StatementStore statements;
    private final DeliberationStore deliberations;
    private final Participation participation;
    private final LiveAnalyses analyses;
    private final VoteRateLimiter limiter;
    private final DeliberationProperties properties;
    private final Clock clock;
    private final Map<VoteOutcome, Counter> outcomes = new EnumMap<>(VoteOutcome.class);
    private final Counter limited;

    Votes(VoteStore store, VoteWriter writer, StatementStore statements, DeliberationStore deliberations, Participation participation,
            LiveAnalyses analyses, VoteRateLimiter limiter, DeliberationProperties properties, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.statements = statements;
        this.deliberations = deliberations;
        this.participation = participation;
        this.analyses = analyses;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
        for (VoteOutcome outcome : VoteOutcome.values()) {
            outcomes.put(outcome, meters.counter(METER, "outcome", outcome.name().toLowerCase(Locale.ROOT)));
        }
        this.limited = meters.counter(METER, "outcome", "limited");
    }

    /**
     * Records the actor's vote, replacing their earlier one on the statement (which stays in the
     * history); the same vote again changes nothing. @throws DomainException INVALID without a value,
     * NOT_FOUND for an unknown deliberation or statement, FORBIDDEN without real-name verification or
     * invitation, CONFLICT when the deliberation is not open or the statement is rejected or not shown,
     * TOO_MANY (with the wait) beyond {@code votes-per-minute}
     */
    public void vote(long deliberationId, long statementId, @Nullable VoteValue value, Actor actor) {
        if (value == null) {
            throw DomainException.invalidField("value", "deliberation.vote.value");
        }
        Optional<Duration> wait = limiter.take(actor.accountId());
        if (wait.isPresent()) {
            limited.increment();
            throw DomainException.tooMany("deliberation.vote.too-many", properties.votesPerMinute()).withRetryAfter(wait.get());
        }
        Instant now = clock.instant();
        Optional<Long> known = participation.known(deliberationId, actor.accountId());
        long participant;
        if (known.isPresent()) {
            participant = known.get();
        } else {
            // First vote here: check everything before the participant is recorded.
            require(deliberationId).requireOpen(now);
            requireVotable(deliberationId, statementId);
            participant = participation.join(deliberationId, actor);
        }
        VoteOutcome outcome = writer.record(deliberationId, statementId, participant, value.value(), now);
        outcomes.get(outcome).increment();
        if (outcome == VoteOutcome.REFUSED) {
            Deliberation d = require(deliberationId);
            d.requireOpen(now);
            requireVotable(deliberationId, statementId);
            throw DomainException.conflict("deliberation.vote.refused");
        }
        if (outcome == VoteOutcome.RECORDED) {
            analyses.changed(deliberationId);
        }
    }

    /**
     * The statement to show the actor next, drawn with probability ∝ the engine's priority among the
     * shown statements they have not voted on (Pol.is: few votes, divisive and informative first);
     * empty when they have voted on everything.
     */
    public Optional<StatementView> next(long deliberationId, Actor actor) {
        Deliberation d = require(deliberationId);
        StatementPriorities computed = analyses.current(deliberationId).analysis().priorities();
        List<Statement> shown = statements.all(deliberationId).stream().filter(s -> s.isShown(d.moderation())).toList();
        long[] ids = new long[shown.size()];
        double[] priorities = new double[shown.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shown.get(i).id();
            // A statement added or accepted since the last analysis rises as a new one.
            double priority = computed.priorityOf(ids[i]);
            priorities[i] = priority > 0 ? priority : StatementPriorities.NEW_STATEMENT;
        }
        Set<Long> voted = participation.of(deliberationId, actor.accountId())
                .map(participant -> store.votedBy(deliberationId, participant)).orElse(Set.of());
        OptionalLong next = StatementPriorities.nextStatement(StatementPriorities.of(ids, priorities), voted,
                ThreadLocalRandom.current());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        return shown.stream().filter(s -> s.id() == next.getAsLong()).findFirst().map(Statement::view);
    }

    /** The actor's votes on a statement, oldest first (the last one counts). */
    public List<HistoryEntry> history(long deliberationId, long statementId, Actor actor) {
        require(deliberationId);
        return participation.of(deliberationId, actor.accountId())
                .map(participant -> store.history(deliberationId, participant, statementId).stream()
                        .map(row -> new HistoryEntry(VoteValue.of(row.value()), row.votedAt())).toList())
                .orElse(List.of());
    }

    /** How many statements the actor has voted on. */
    public int countOf(long deliberationId, Actor actor) {
        return participation.of(deliberationId, actor.accountId())
                .map(participant -> store.votedBy(deliberationId, participant).size()).orElse(0);
    }

    private void requireVotable(long deliberationId, long statementId) {
        Deliberation d = require(deliberationId);
        Statement statement = statements.find(deliberationId, statementId)
                .orElseThrow(() -> DomainException.notFound("deliberation.statement.unknown", statementId));
        if (statement.status() == StatementStatus.REJECTED) {
            throw DomainException.conflict("deliberation.vote.rejected-statement");
        }
        if (!statement.isShown(d.moderation())) {
            throw DomainException.conflict("deliberation.vote.statement-not-shown");
        }
    }

    private Deliberation require(long id) {
        return deliberations.find(id).orElseThrow(() -> DomainException.notFound("deliberation.unknown", id));
    }
}
