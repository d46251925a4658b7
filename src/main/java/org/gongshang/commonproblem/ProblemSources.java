package org.gongshang.commonproblem;

import org.gongshang.commonproblem.internal.ProblemClustering;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Where corpora report their texts' changes, and where an administrator groups everything again.
 * A module that provides a {@link ProblemCorpus} calls {@link #changed} after its text committed
 * (from an event listener), so that grouping never holds its transaction.
 */
@Service
public class ProblemSources {

    /** What a full pass did: texts placed, groups in memory, time taken. */
    public record Pass(int texts, int groups, long millis) {
    }

    private final ProblemClustering clustering;
    private final ApplicationEventPublisher events;

    ProblemSources(ProblemClustering clustering, ApplicationEventPublisher events) {
        this.clustering = clustering;
        this.events = events;
    }

    /** @throws DomainException NOT_FOUND for a kind no corpus provides */
    public void changed(String kind, long id) {
        clustering.changed(kind, id);
    }

    /** @throws DomainException FORBIDDEN unless an administrator */
    public Pass regroup(Actor actor) {
        if (!actor.isAdmin()) {
            throw DomainException.forbidden("common-problem.admin-only");
        }
        ProblemClustering.Pass pass = clustering.rebuild();
        events.publishEvent(AuditRecord.of("common-problem.regrouped", actor.accountId(), "common-problem", "all")
                .with("texts", String.valueOf(pass.texts())));
        return new Pass(pass.texts(), pass.groups(), pass.millis());
    }
}
