package org.gongshang.deliberation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each deliberation's latest analysis, in this node's memory. The first request builds it from the
 * database; afterwards votes and moderation only notify the engine's {@link Recomputer}, which runs
 * at most one recompute per deliberation at a time and keeps the analysis at most two seconds
 * behind. Recomputes read the votes from the database, never from the request, so several nodes
 * each compute the same analysis from the same data: {@link #catchUp()} notices votes cast on
 * other nodes. The engine state (warm starts, smoother, stable group ids) is carried from one
 * recompute to the next; a restarted node starts cold, which gives a legitimate analysis too.
 */
@Component
public class LiveAnalyses {

    private static final Logger log = LoggerFactory.getLogger(LiveAnalyses.class);
    /** Deliberations nobody looked at for this long are dropped from memory. */
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final DeliberationStore deliberations;
    private final StatementStore statements;
    private final VoteStore votes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConsensusEngine engine;
    private final ScheduledExecutorService executor;
    private final Recomputer<Long> recomputer;
    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastRead = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    LiveAnalyses(DeliberationStore deliberations, StatementStore statements, VoteStore votes, ApplicationEventPublisher events,
            Clock clock, DeliberationProperties properties) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.votes = votes;
        this.events = events;
        this.clock = clock;
        this.engine = new ConsensusEngine(properties.engineSettings());
        // One thread: recomputes of different deliberations queue behind each other, which keeps a
        // vote burst from taking both cores away from the requests.
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("deliberation-recompute").daemon()
                .factory());
        this.recomputer = Recomputer.on(executor, new Recomputer.Timing(properties.quietPeriod(), properties.maxDelay()),
                this::recompute, (id, e) -> log.warn("Recompute of deliberation {} failed", id, e));
    }

    /** The latest analysis, built now if this node has none yet. */
    public Snapshot current(long deliberationId) {
        lastRead.put(deliberationId, System.nanoTime());
        Snapshot snapshot = snapshots.get(deliberationId);
        if (snapshot != null) {
            return snapshot;
        }
        synchronized (lock(deliberationId)) {
            snapshot = snapshots.get(deliberationId);
            return snapshot != null ? snapshot : recompute(deliberationId);
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

    /* The recomputer runs one recompute per deliberation at a time; the lock also covers a first build on a request thread. */
    private Snapshot recompute(long deliberationId) {
        synchronized (lock(deliberationId)) {
            return analyze(deliberationId);
        }
    }

    private Snapshot analyze(long deliberationId) {
        // Read the marks first: anything recorded after them triggers another recompute.
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
        Snapshot snapshot = new Snapshot(deliberationId, analysis, Map.copyOf(all), seenVotes, seenStatements, clock.instant());
        snapshots.put(deliberationId, snapshot);
        events.publishEvent(new AnalysisUpdated(deliberationId, analysis.participants(), analysis.votes(), analysis.groups().size()));
        return snapshot;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
