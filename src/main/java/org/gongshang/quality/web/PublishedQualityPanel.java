package org.gongshang.quality.web;

import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationPanel;
import org.gongshang.quality.Evaluations;
import org.gongshang.quality.IndicatorResult;
import org.gongshang.quality.QualityEvaluation;
import org.gongshang.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The published quality grade on a consultation's page: once staff close the evaluation of a
 * consultation open to the public, everyone sees its grade, score and public indicators (values,
 * targets and scores, no evidence — the records behind them stay with staff).
 */
@Component
class PublishedQualityPanel implements ConsultationPanel {

    /** What the fragment draws. */
    record Published(QualityEvaluation evaluation, String score, List<ReportView.Row> indicators) {
    }

    private final Evaluations evaluations;
    private final Messages messages;

    PublishedQualityPanel(Evaluations evaluations, Messages messages) {
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Shown> panel(Consultation consultation) {
        return evaluations.published(consultation.id()).map(evaluation -> new Shown("quality/published",
                new Published(evaluation, QualityFormat.score(evaluation.score()), evaluation.publicIndicators().stream()
                        .filter(IndicatorResult::measured).map(result -> ReportView.row(result, messages)).toList())));
    }
}
