package org.gongshang.deliberation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.LiveAnalyses;
import org.gongshang.deliberation.internal.DeliberationParticipantStore;
import org.gongshang.deliberation.internal.Statement;
import org.gongshang.deliberation.internal.StatementDuplicates;
import org.gongshang.deliberation.internal.StatementStore;
import org.gongshang.deliberation.internal.VoteStore;
import org.gongshang.deliberation.polis.PolisCsv;
import org.gongshang.deliberation.polis.PolisFormatException;
import org.gongshang.deliberation.polis.PolisStatement;
import org.gongshang.deliberation.polis.PolisVote;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a Pol.is export into a deliberation: its comments become statements (moderation kept),
 * its participants anonymous placeholders (never accounts) mapped from their Pol.is ids, its votes
 * current votes and history. Importing the same export again adds only what is new.
 */
@Service
public class PolisImports {

    /** What was imported. */
    public record Result(int statements, int participants, int votes) {
    }

    private final DeliberationStore deliberations;
    private final StatementStore statements;
    private final DeliberationParticipantStore participants;
    private final VoteStore votes;
    private final DeliberationAccess access;
    private final LiveAnalyses analyses;
    private final StatementDuplicates duplicates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolisImports(DeliberationStore deliberations, StatementStore statements, DeliberationParticipantStore participants, VoteStore votes,
            DeliberationAccess access, LiveAnalyses analyses, StatementDuplicates duplicates, ApplicationEventPublisher events,
            Clock clock) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.participants = participants;
        this.votes = votes;
        this.duplicates = duplicates;
        this.access = access;
        this.analyses = analyses;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param votesCsv {@code votes.csv}, or null when {@code participantsVotesCsv} is given
     * @throws DomainException INVALID for a missing or malformed file, FORBIDDEN unless an organiser
     */
    @Transactional
    public Result importExport(long deliberationId, @Nullable Reader commentsCsv, @Nullable Reader votesCsv,
            @Nullable Reader participantsVotesCsv, Actor actor) {
        Deliberation d = deliberations.find(deliberationId)
                .orElseThrow(() -> DomainException.notFound("deliberation.unknown", deliberationId));
        access.requireOrganiser(actor, d.regionCode());
        if (commentsCsv == null || (votesCsv == null && participantsVotesCsv == null)) {
            throw DomainException.invalidField("comments", "deliberation.import.missing");
        }
        List<PolisStatement> comments;
        List<PolisVote> polisVotes;
        try {
            comments = PolisCsv.readComments(commentsCsv, "comments.csv");
            polisVotes = votesCsv != null ? PolisCsv.readVotes(votesCsv, "votes.csv")
                    : PolisCsv.readParticipantsVotes(participantsVotesCsv, "participants-votes.csv").stream()
                            .flatMap(p -> p.votes().stream()).toList();
        } catch (PolisFormatException e) {
            throw DomainException.invalid("deliberation.import.invalid", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = clock.instant();

        Map<Long, Long> statementOf = new HashMap<>();
        for (Statement existing : statements.all(deliberationId)) {
            if (existing.externalId() != null) {
                statementOf.put(existing.externalId(), existing.id());
            }
        }
        Map<Long, Long> participantOf = new HashMap<>();
        int added = 0;
        for (PolisStatement comment : comments) {
            if (statementOf.containsKey(comment.id())) {
                continue;
            }
            Long author = comment.authorId() < 0 ? null : participant(deliberationId, comment.authorId(), participantOf, now);
            Statement statement = statements.insert(new Statement(0, deliberationId, comment.body(), author, null, false,
                    status(comment.moderation()), false, comment.id(), comment.timestamp() > 0 ? Instant.ofEpochMilli(comment.timestamp()) : now));
            duplicates.index(statement);
            statementOf.put(comment.id(), statement.id());
            added++;
        }

        // Pol.is keeps every vote; the latest by time counts (on equal times the later line).
        List<PolisVote> ordered = polisVotes.stream().sorted(Comparator.comparingLong(PolisVote::timestamp)).toList();
        List<VoteStore.Row> history = new ArrayList<>();
        Map<String, VoteStore.Row> current = new LinkedHashMap<>();
        for (PolisVote vote : ordered) {
            Long statement = statementOf.get(vote.statementId());
            if (statement == null) {
                throw DomainException.invalid("deliberation.import.invalid", "votes: comment-id " + vote.statementId());
            }
            long participant = participant(deliberationId, vote.participantId(), participantOf, now);
            VoteStore.Row row = new VoteStore.Row(participant, statement, Integer.signum(vote.vote()),
                    vote.timestamp() > 0 ? Instant.ofEpochMilli(vote.timestamp()) : now);
            history.add(row);
            current.put(participant + "/" + statement, row);
        }
        votes.insertImported(deliberationId, List.copyOf(current.values()), history);
        events.publishEvent(AuditRecord.of("deliberation.imported", actor.accountId(), "deliberation", deliberationId)
                .with("statements", added).with("participants", participantOf.size()).with("votes", history.size()));
        analyses.changed(deliberationId);
        return new Result(added, participantOf.size(), history.size());
    }

    private long participant(long deliberationId, long polisId, Map<Long, Long> participantOf, Instant now) {
        return participantOf.computeIfAbsent(polisId, id -> participants.placeholder(deliberationId, "polis:" + id, now));
    }

    private static StatementStatus status(int moderation) {
        return moderation < 0 ? StatementStatus.REJECTED : moderation > 0 ? StatementStatus.ACCEPTED : StatementStatus.PENDING;
    }
}
