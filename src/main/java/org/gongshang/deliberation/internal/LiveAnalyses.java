package org.gongshang.deliberation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.PreDestroy;
import org.gongshang.deliberation.DeliberationProperties;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.StatementStatus;
import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusEngine;
import org.gongshang.deliberation.engine.EngineState;
import org.gongshang.deliberation.engine.Recomputer;
import org.gongshang.deliberation.engine.VoteMatrix;
import org.gongshang.deliberation.engine.VoteMatrixBuilder;
import org.gongshang.shared.cluster.ClusterSignals;
import org.gongshang.shared.cluster.Signal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each deliberation's latest analysis, in this node's memory and in the database. Votes and
 * moderation only notify the engine's {@link Recomputer}, which runs at most one recompute per
 * deliberation at a time on this node and keeps the analysis at most two seconds behind.
 * <p>
 * Across nodes, one node computes a deliberation at a time (an advisory lock), reading the votes
 * from the database, and stores the result; a node that finds a stored analysis whose votes were
 * read after everything it knew of had committed takes that one instead of computing. A stored
 * analysis is announced with a cluster signal ({@link #SIGNAL}: id, participants, votes, groups),
 * so that other nodes holding the deliberation read it and their live views refresh;
 * {@link #catchUp()} is the safety net for signals missed. The engine state (warm starts, smoother,
 * stable group ids) travels with the stored analysis.
 */
@Component
public class LiveAnalyses {

    /** The cluster signal of a new stored analysis. */
    public static final String SIGNAL = "deliberation.analysis";
    private static final Logger log = LoggerFactory.getLogger(LiveAnalyses.class);
    /** Deliberations nobody looked at for this long are dropped from memory. */
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final DeliberationStore deliberations;
    private final StatementStore statements;
    private final VoteStore votes;
    private final AnalysisStore stored;
    private final ClusterSignals signals;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConsensusEngine engine;
    private final ScheduledExecutorService executor;
    private final Recomputer<Long> recomputer;
    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastRead = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    LiveAnalyses(DeliberationStore deliberations, StatementStore statements, VoteStore votes, AnalysisStore stored,
            ClusterSignals signals, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            DeliberationProperties properties) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.votes = votes;
        this.stored = stored;
        this.signals = signals;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.engine = new ConsensusEngine(properties.engineSettings());
        // One thread: recomputes of different deliberations queue behind each other, which keeps a
        // vote burst from taking both cores away from the requests.
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("deliberation-recompute").daemon()
                .factory());
        this.recomputer = Recomputer.on(executor, new Recomputer.Timing(properties.quietPeriod(), properties.maxDelay()),
                this::recompute, (id, e) -> log.warn("Recompute of deliberation {} failed", id, e));
        signals.subscribe(SIGNAL, this::storedElsewhere);
    }

    /** The latest analysis: this node's, else the stored one, else built now. */
    public Snapshot current(long deliberationId) {
        lastRead.put(deliberationId, System.nanoTime());
        Snapshot snapshot = snapshots.get(deliberationId);
        if (snapshot != null) {
            return snapshot;
        }
        synchronized (lock(deliberationId)) {
            snapshot = snapshots.get(deliberationId);
            if (snapshot != null) {
                return snapshot;
            }
            // A stored analysis may be behind the votes: catchUp() notices within a second.
            return load(deliberationId).orElseGet(() -> recompute(deliberationId));
        }
    }

    /** The analysis if this node has one, without building it. */
    public @Nullable Snapshot ifPresent(long deliberationId) {
        return snapshots.get(deliberationId);
    }

    /** Votes or statements changed: recompute soon, coalesced with other changes. */
    public void changed(long deliberationId) {
        recomputer.votesChanged(deliberationId);
    }

    public boolean isIdle(long deliberationId) {
        return recomputer.isIdle(deliberationId);
    }

    /** Looks for votes and statements that other nodes recorded, for deliberations someone is following. */
    @Scheduled(fixedDelayString = "${gongshang.deliberation.refresh:1s}")
    void catchUp() {
        long now = System.nanoTime();
        lastRead.entrySet().removeIf(e -> now - e.getValue() > IDLE.toNanos() && forget(e.getKey()));
        for (Snapshot snapshot : List.copyOf(snapshots.values())) {
            long id = snapshot.deliberationId();
            if (recomputer.isIdle(id) && (votes.lastHistoryId(id) != snapshot.seenVotes()
                    || !statements.fingerprint(id).equals(snapshot.seenStatements()))) {
                recomputer.votesChanged(id);
            }
        }
    }

    private boolean forget(long deliberationId) {
        snapshots.remove(deliberationId);
        locks.remove(deliberationId);
        return true;
    }

    private Object lock(long deliberationId) {
        return locks.computeIfAbsent(deliberationId, id -> new Object());
    }

    /** Another node stored an analysis: read it, if this node holds the deliberation (on the recompute thread, in order). */
    private void storedElsewhere(Signal signal) {
        if (signal.fromThisNode()) {
            return;
        }
        long deliberationId = AnalysisSignal.parse(signal.payload()).deliberationId();
        if (snapshots.containsKey(deliberationId)) {
            executor.execute(() -> {
                synchronized (lock(deliberationId)) {
                    load(deliberationId);
                }
            });
        }
    }

    /** The stored analysis, kept as this node's when it is newer than what the node has. */
    private Optional<Snapshot> load(long deliberationId) {
        Snapshot held = snapshots.get(deliberationId);
        Optional<Instant> readAt = stored.readAt(deliberationId);
        if (readAt.isEmpty() || held != null && !readAt.get().isAfter(held.readAt())) {
            return Optional.ofNullable(held);
        }
        return stored.find(deliberationId).map(found -> {
            Map<Long, Statement> all = new LinkedHashMap<>();
            statements.all(deliberationId).forEach(statement -> all.put(statement.id(), statement));
            Snapshot snapshot = new Snapshot(deliberationId, found.analysis(), Map.copyOf(all), found.seenVotes(),
                    found.seenStatements(), found.readAt(), clock.instant());
            snapshots.put(deliberationId, snapshot);
            return snapshot;
        });
    }

    /*
     * One recompute per deliberation at a time on this node (the lock also covers a first build on a
     * request thread), and across nodes (the advisory lock, held until the result is stored).
     */
    private Snapshot recompute(long deliberationId) {
        synchronized (lock(deliberationId)) {
            return transactions.execute(status -> {
                // Every change this node was told of had committed by now.
                Instant requested = stored.databaseNow();
                stored.lock(deliberationId);
                Optional<Instant> readAt = stored.readAt(deliberationId);
                if (readAt.isPresent() && readAt.get().isAfter(requested)) {
                    // Another node computed it meanwhile from votes read after those changes.
                    Optional<Snapshot> loaded = load(deliberationId);
                    if (loaded.isPresent()) {
                        return loaded.get();
                    }
                }
                return analyze(deliberationId);
            });
        }
    }

    private Snapshot analyze(long deliberationId) {
        // Read the marks first: anything recorded after them triggers another recompute.
        Instant readAt = stored.databaseNow();
        long seenVotes = votes.lastHistoryId(deliberationId);
        String seenStatements = statements.fingerprint(deliberationId);
        ModerationMode mode = deliberations.find(deliberationId).map(Deliberation::moderation).orElse(ModerationMode.OPEN);
        Map<Long, Statement> all = new LinkedHashMap<>();
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (Statement statement : statements.all(deliberationId)) {
            all.put(statement.id(), statement);
            // Rejected statements are moderated out, as in Pol.is; statements nobody can see yet are left out.
            if (statement.status() == StatementStatus.REJECTED) {
                builder.statement(statement.id(), true);
            } else if (statement.isShown(mode)) {
                builder.statement(statement.id(), false);
            }
        }
        votes.eachCurrent(deliberationId, vote -> {
            Statement statement = all.get(vote.statementId());
            if (statement != null && (statement.status() == StatementStatus.REJECTED || statement.isShown(mode))) {
                builder.vote(vote.participantId(), vote.statementId(), vote.value());
            }
        });
        Snapshot previous = snapshots.get(deliberationId);
        EngineState state = previous == null ? EngineState.initial() : previous.analysis().state();
        Analysis analysis = engine.analyze(builder.build(), state);
        stored.save(deliberationId, seenVotes, seenStatements, readAt, analysis);
        Snapshot snapshot = new Snapshot(deliberationId, analysis, Map.copyOf(all), seenVotes, seenStatements, readAt,
                clock.instant());
        snapshots.put(deliberationId, snapshot);
        AnalysisSignal announced = new AnalysisSignal(deliberationId, analysis.participants(), analysis.votes(),
                analysis.groups().size());
        signals.send(SIGNAL, announced.payload());
        events.publishEvent(announced.updated());
        return snapshot;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
