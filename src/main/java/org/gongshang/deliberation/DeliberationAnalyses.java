package org.gongshang.deliberation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.deliberation.DeliberationAnalysis.Bin;
import org.gongshang.deliberation.DeliberationAnalysis.Group;
import org.gongshang.deliberation.DeliberationAnalysis.Position;
import org.gongshang.deliberation.DeliberationAnalysis.Ranked;
import org.gongshang.deliberation.DeliberationAnalysis.Representative;
import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.BaseCluster;
import org.gongshang.deliberation.engine.ConsensusStatement;
import org.gongshang.deliberation.engine.Direction;
import org.gongshang.deliberation.engine.MajorityStatement;
import org.gongshang.deliberation.engine.OpinionGroup;
import org.gongshang.deliberation.engine.RepresentativeStatement;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.deliberation.internal.LiveAnalyses;
import org.gongshang.deliberation.internal.Participation;
import org.gongshang.deliberation.internal.Snapshot;
import org.gongshang.deliberation.internal.Statement;
import org.gongshang.deliberation.internal.VoteStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;

/** Reads the latest analysis of a deliberation for a viewer; computing it is {@link LiveAnalyses}' job. */
@Service
public class DeliberationAnalyses {

    private static final int CONSENSUS_LIMIT = 10;

    private final LiveAnalyses analyses;
    private final DeliberationStore deliberations;
    private final Participation participation;
    private final VoteStore votes;
    private final DeliberationProperties properties;

    DeliberationAnalyses(LiveAnalyses analyses, DeliberationStore deliberations, Participation participation, VoteStore votes,
            DeliberationProperties properties) {
        this.analyses = analyses;
        this.deliberations = deliberations;
        this.participation = participation;
        this.votes = votes;
        this.properties = properties;
    }

    /** @throws DomainException NOT_FOUND */
    public DeliberationAnalysis of(long deliberationId, Optional<Actor> viewer) {
        deliberations.find(deliberationId).orElseThrow(() -> DomainException.notFound("deliberation.unknown", deliberationId));
        Snapshot snapshot = analyses.current(deliberationId);
        Analysis a = snapshot.analysis();
        Map<Long, Statement> texts = snapshot.statements();

        List<Group> groups = new ArrayList<>();
        Map<Long, Integer> groupOf = new HashMap<>();
        for (OpinionGroup g : a.groups()) {
            for (long participant : g.participantIds()) {
                groupOf.put(participant, g.id());
            }
            List<Representative> representative = a.representative().getOrDefault(g.id(), List.of()).stream()
                    .map(r -> representative(r, texts)).toList();
            groups.add(new Group(g.id(), label(g.id()), g.size(), g.x(), g.y(), representative));
        }
        List<Ranked> commonGround = a.consensus().commonGround().stream().map(c -> ranked(c, texts)).toList();
        List<Ranked> consensus = a.consensus().ranking().stream().limit(CONSENSUS_LIMIT).map(c -> ranked(c, texts)).toList();
        List<Ranked> majority = new ArrayList<>();
        a.majority().agree().forEach(m -> majority.add(ranked(m, texts)));
        a.majority().disagree().forEach(m -> majority.add(ranked(m, texts)));
        List<Bin> bins = new ArrayList<>();
        for (BaseCluster cluster : a.baseClusters()) {
            int group = cluster.participantIds().length == 0 ? -1 : groupOf.getOrDefault(cluster.participantIds()[0], -1);
            bins.add(new Bin(cluster.x(), cluster.y(), cluster.participantIds().length, group));
        }
        Position me = viewer.flatMap(actor -> participation.of(deliberationId, actor.accountId()))
                .map(participant -> position(a, deliberationId, participant, groupOf)).orElse(null);
        return new DeliberationAnalysis(deliberationId, a.participants(), a.participantsClustered(), a.votes(), a.statements(),
                groups, commonGround, consensus, List.copyOf(majority), bins, me,
                properties.engineSettings().inConvMinimumVotes(), snapshot.computedAt());
    }

    /** Letters, so that a group is named without colour: 0 → A. */
    public static String label(int groupId) {
        return groupId < 26 ? String.valueOf((char) ('A' + groupId)) : "G" + groupId;
    }

    private Position position(Analysis a, long deliberationId, long participant, Map<Long, Integer> groupOf) {
        int index = a.positions().indexOf(participant);
        int group = groupOf.getOrDefault(participant, -1);
        double x = index >= 0 ? a.positions().x()[index] : 0;
        double y = index >= 0 ? a.positions().y()[index] : 0;
        return new Position(x, y, group, group >= 0 ? label(group) : null, votes.votedBy(deliberationId, participant).size());
    }

    private static Representative representative(RepresentativeStatement r, Map<Long, Statement> texts) {
        return new Representative(r.statementId(), text(texts, r.statementId()), r.direction() == Direction.AGREE, r.votes(),
                r.seen(), r.share());
    }

    private static Ranked ranked(ConsensusStatement c, Map<Long, Statement> texts) {
        return new Ranked(c.statementId(), text(texts, c.statementId()), c.lowestGroupShare(), true);
    }

    private static Ranked ranked(MajorityStatement m, Map<Long, Statement> texts) {
        return new Ranked(m.statementId(), text(texts, m.statementId()), m.share(), m.direction() == Direction.AGREE);
    }

    private static String text(Map<Long, Statement> texts, long id) {
        Statement statement = texts.get(id);
        return statement == null ? "#" + id : statement.text();
    }
}
