package org.gongshang.quality.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.identity.Actors;
import org.gongshang.quality.EvaluationClosing;
import org.gongshang.quality.EvaluationFilter;
import org.gongshang.quality.EvaluationListing;
import org.gongshang.quality.Evaluations;
import org.gongshang.quality.QualityAggregate;
import org.gongshang.quality.QualityAggregates;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Quality evaluation", description = "协商质量评价: indicators with evidence, score, grade, aggregates")
class EvaluationApi {

    private final Evaluations evaluations;
    private final EvaluationClosing closing;
    private final QualityAggregates aggregates;
    private final Actors actors;
    private final Messages messages;

    EvaluationApi(Evaluations evaluations, EvaluationClosing closing, QualityAggregates aggregates, Actors actors,
            Messages messages) {
        this.evaluations = evaluations;
        this.closing = closing;
        this.aggregates = aggregates;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/evaluations/{consultationId}")
    @Operation(summary = "A consultation's evaluation: every indicator with value, target, score and evidence",
            description = "404 when the caller may not see the consultation or it has no evaluation yet; 403 for those who see "
                    + "the consultation but not its evaluation.")
    EvaluationJson evaluation(@PathVariable long consultationId) {
        return EvaluationJson.of(evaluations.get(consultationId, actors.require()), messages);
    }

    @GetMapping("/evaluations")
    @Operation(summary = "Evaluations in the caller's regions (staff and reviewers), best first")
    List<EvaluationListing> list(@RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable ConsultationKind kind,
            @RequestParam(required = false) @Nullable ConsultationForm form,
            @RequestParam(defaultValue = "100") int limit) {
        return evaluations.list(new EvaluationFilter(year, district, organization, kind, form), actors.require(), limit);
    }

    @PostMapping("/evaluations/{consultationId}/close")
    @Operation(summary = "Complete (freeze) and publish the evaluation; staff of the region")
    EvaluationJson close(@PathVariable long consultationId) {
        return EvaluationJson.of(closing.close(consultationId, actors.require()), messages);
    }

    @PostMapping("/evaluations/{consultationId}/reopen")
    EvaluationJson reopen(@PathVariable long consultationId) {
        return EvaluationJson.of(closing.reopen(consultationId, actors.require()), messages);
    }

    @PostMapping("/evaluations/{consultationId}/recompute")
    @Operation(summary = "Compute an open evaluation from the latest records now")
    EvaluationJson recompute(@PathVariable long consultationId) {
        return EvaluationJson.of(closing.recompute(consultationId, actors.require()), messages);
    }

    @GetMapping("/aggregates")
    @Operation(summary = "Evaluations rolled up by ORGANIZATION, DISTRICT, KIND_FORM or YEAR, with the weakest indicators")
    List<QualityAggregate> aggregates(@RequestParam(defaultValue = "DISTRICT") QualityAggregate.By by,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable ConsultationKind kind,
            @RequestParam(required = false) @Nullable ConsultationForm form) {
        return aggregates.by(by, new EvaluationFilter(year, district, organization, kind, form), actors.require());
    }
}
