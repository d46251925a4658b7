package org.gongshang.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.GroupTallyStore;
import org.gongshang.deliberation.internal.Statement;
import org.gongshang.deliberation.internal.StatementStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Show-of-hands votes at a meeting (会议举手表决): a facilitator — an organiser of the deliberation —
 * records per accepted statement how many in the room agreed, disagreed or passed. These are counts
 * of a group, not participants: they are shown next to the individual votes, never mixed into them,
 * and the consensus engine does not see them (it needs each person's votes across statements to find
 * opinion groups; a tally has no persons).
 */
@Service
public class GroupTallies {

    private final DeliberationStore deliberations;
    private final StatementStore statements;
    private final GroupTallyStore tallies;
    private final DeliberationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupTallies(DeliberationStore deliberations, StatementStore statements, GroupTallyStore tallies, DeliberationAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.tallies = tallies;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records one statement's show of hands.
     *
     * @throws DomainException NOT_FOUND for an unknown deliberation, FORBIDDEN for anyone but its
     *     organisers, CONFLICT before it opens, INVALID with every problem of the tally (a statement
     *     not of this deliberation or not accepted at {@code statementId})
     */
    @Transactional
    public GroupTally record(long deliberationId, NewGroupTally tally, Actor actor) {
        Deliberation deliberation = require(deliberationId);
        access.requireOrganiser(actor, deliberation.regionCode());
        Instant now = clock.instant();
        if (deliberation.statusAt(now) == DeliberationStatus.UPCOMING) {
            throw DomainException.conflict("deliberation.tally.not-open");
        }
        List<FieldProblem> problems = new ArrayList<>(tally.problems(LocalDate.ofInstant(now, Zones.platform())));
        if (tally.statementId() != null && statements.find(deliberationId, tally.statementId())
                .filter(s -> s.status() == StatementStatus.ACCEPTED && !s.held()).isEmpty()) {
            problems.add(new FieldProblem("statementId", "deliberation.tally.statement-unknown"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        GroupTally recorded = tallies.insert(deliberationId, tally, actor.accountId(), now);
        events.publishEvent(AuditRecord.of("deliberation.group-tally-recorded", actor.accountId(), "deliberation", deliberationId)
                .with("statement", tally.statementId()).with("agrees", tally.agrees()).with("disagrees", tally.disagrees())
                .with("passes", tally.passes()).with("meeting", tally.meeting()));
        return recorded;
    }

    /** Every tally of the deliberation, for its organisers. @throws DomainException as {@link #record} */
    public List<GroupTally> of(long deliberationId, Actor actor) {
        access.requireOrganiser(actor, require(deliberationId).regionCode());
        return tallies.of(deliberationId);
    }

    /** The tallies summed per statement, in the statements' order: what the meetings said, apart from the online votes. */
    public List<StatementTotals> totals(long deliberationId) {
        require(deliberationId);
        List<GroupTally> all = tallies.of(deliberationId);
        List<StatementTotals> totals = new ArrayList<>();
        for (Statement statement : statements.all(deliberationId)) {
            List<GroupTally> of = all.stream().filter(t -> t.statementId() == statement.id()).toList();
            if (!of.isEmpty()) {
                totals.add(new StatementTotals(statement.id(), statement.text(), of.stream().mapToInt(GroupTally::agrees).sum(),
                        of.stream().mapToInt(GroupTally::disagrees).sum(), of.stream().mapToInt(GroupTally::passes).sum(),
                        (int) of.stream().map(GroupTally::meeting).distinct().count()));
            }
        }
        return totals;
    }

    /** A statement's show-of-hands counts over all meetings. */
    public record StatementTotals(long statementId, String text, int agrees, int disagrees, int passes, int meetings) {
    }

    private Deliberation require(long id) {
        return deliberations.find(id).orElseThrow(() -> DomainException.notFound("deliberation.unknown", id));
    }
}
