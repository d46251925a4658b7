package org.gongshang.deliberation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.StatementStore;
import org.gongshang.deliberation.internal.VoteStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;

/** What the organiser's page reads: participation over time, votes per statement, the moderation queue. */
@Service
public class OrganiserViews {

    /** Votes and voters in one hour; {@code share} of the busiest hour, for the bar. */
    public record Hour(java.time.Instant hour, long votes, long voters, int share) {
    }

    /** A statement with its votes. */
    public record StatementVotes(StatementView statement, int agrees, int disagrees, int passes) {
        public int total() {
            return agrees + disagrees + passes;
        }
    }

    public record Overview(List<Hour> participation, List<StatementVotes> statements, List<StatementView> queue) {
    }

    private final DeliberationStore deliberations;
    private final StatementStore statementStore;
    private final VoteStore votes;
    private final Statements statements;
    private final DeliberationAccess access;

    OrganiserViews(DeliberationStore deliberations, StatementStore statementStore, VoteStore votes, Statements statements,
            DeliberationAccess access) {
        this.deliberations = deliberations;
        this.statementStore = statementStore;
        this.votes = votes;
        this.statements = statements;
        this.access = access;
    }

    /** @throws DomainException FORBIDDEN unless an organiser of the deliberation's region */
    public Overview overview(long deliberationId, Actor actor) {
        Deliberation d = deliberations.find(deliberationId)
                .orElseThrow(() -> DomainException.notFound("deliberation.unknown", deliberationId));
        access.requireOrganiser(actor, d.regionCode());
        List<VoteStore.PerHour> hours = votes.perHour(deliberationId);
        long busiest = hours.stream().mapToLong(VoteStore.PerHour::votes).max().orElse(1);
        List<Hour> participation = hours.stream()
                .map(h -> new Hour(h.hour(), h.votes(), h.voters(), (int) Math.round(100.0 * h.votes() / busiest))).toList();
        Map<Long, StatementStore.Tally> tallies = new HashMap<>();
        statementStore.tallies(deliberationId).forEach(t -> tallies.put(t.statementId(), t));
        List<StatementVotes> perStatement = statementStore.all(deliberationId).stream().map(s -> {
            StatementStore.Tally t = tallies.getOrDefault(s.id(), new StatementStore.Tally(s.id(), 0, 0, 0));
            return new StatementVotes(s.view(), t.agrees(), t.disagrees(), t.passes());
        }).toList();
        return new Overview(participation, perStatement, statements.queue(deliberationId, actor));
    }
}
