package org.gongshang.quality;

import java.time.Clock;

import org.gongshang.identity.Actor;
import org.gongshang.quality.internal.EvaluationAggregate;
import org.gongshang.quality.internal.EvaluationRefresh;
import org.gongshang.quality.internal.EvaluationRepository;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of the consultation's region close an evaluation — it is frozen and its grade and public
 * indicators appear on the consultation's public page — or reopen it to follow the records again.
 */
@Service
public class EvaluationClosing {

    private final EvaluationRepository evaluations;
    private final EvaluationRefresh refresh;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationClosing(EvaluationRepository evaluations, EvaluationRefresh refresh, QualityAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.refresh = refresh;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Computed once more, then frozen.
     *
     * @throws DomainException NOT_FOUND without an evaluation, FORBIDDEN for anyone but staff of the region,
     *     CONFLICT when closed already or nothing is measured
     */
    @Transactional
    public QualityEvaluation close(long consultationId, Actor actor) {
        access.requireManage(consultationId, actor);
        refresh.refresh(consultationId);
        EvaluationAggregate closed = evaluations.save(load(consultationId).closed(actor.accountId(), Rows.now(clock)));
        events.publishEvent(AuditRecord.of("quality.evaluation-closed", actor.accountId(), "consultation", consultationId)
                .with("score", closed.score()).with("grade", closed.grade()));
        events.publishEvent(EvaluationRefresh.changed(closed));
        return Evaluations.view(closed);
    }

    @Transactional
    public QualityEvaluation reopen(long consultationId, Actor actor) {
        access.requireManage(consultationId, actor);
        EvaluationAggregate reopened = evaluations.save(load(consultationId).reopened());
        events.publishEvent(AuditRecord.of("quality.evaluation-reopened", actor.accountId(), "consultation", consultationId));
        events.publishEvent(EvaluationRefresh.changed(reopened));
        return Evaluations.view(reopened);
    }

    /** Staff need not wait for the next event or the nightly run: computed now (an open one only). */
    @Transactional
    public QualityEvaluation recompute(long consultationId, Actor actor) {
        access.requireManage(consultationId, actor);
        EvaluationAggregate evaluation = refresh.refresh(consultationId);
        if (evaluation == null) {
            throw DomainException.conflict("quality.evaluation.not-concluded");
        }
        return Evaluations.view(evaluation);
    }

    private EvaluationAggregate load(long consultationId) {
        return evaluations.findById(consultationId)
                .orElseThrow(() -> DomainException.notFound("quality.evaluation.none", consultationId));
    }
}
