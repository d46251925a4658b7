package org.gongshang.quality.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.Actors;
import org.gongshang.quality.PanelAnswer;
import org.gongshang.quality.PanelAssessments;
import org.gongshang.quality.PanelSheet;
import org.gongshang.quality.PanelSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Quality panel", description = "评议小组: assessors invited by staff score a rubric 1–5 with comments")
class PanelApi {

    record InviteJson(@NotNull(message = "{quality.panel.nobody}") List<Long> accountIds) {
    }

    record AnswerJson(@Nullable Integer score, @Nullable String comment) {
    }

    /** @param answers by rubric question key, e.g. {@code {"topic": {"score": 5, "comment": "…"}}} */
    record AssessmentJson(@NotNull(message = "{quality.panel.score-range}") Map<String, AnswerJson> answers) {
    }

    private final PanelAssessments panel;
    private final Actors actors;

    PanelApi(PanelAssessments panel, Actors actors) {
        this.panel = panel;
        this.actors = actors;
    }

    @GetMapping("/evaluations/{consultationId}/panel")
    @Operation(summary = "The panel: rubric, assessors with their scores, candidates (staff of the region)")
    PanelSummary summary(@PathVariable long consultationId) {
        return panel.summary(consultationId, actors.require());
    }

    @PostMapping("/evaluations/{consultationId}/panel")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite assessors; they are told in their inbox",
            description = "400 for an account that may not assess it, 409 when all were invited or the evaluation is closed.")
    List<PanelSummary.Assessor> invite(@PathVariable long consultationId, @Valid @RequestBody InviteJson body) {
        return panel.invite(consultationId, body.accountIds(), actors.require());
    }

    @GetMapping("/assessments")
    @Operation(summary = "The caller's invitations to assess")
    List<PanelSheet> mine() {
        return panel.mine(actors.require());
    }

    @PostMapping("/assessments/{invitationId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Score every rubric question 1–5, once",
            description = "Problems at scores[KEY] and comments[KEY]; 404 for someone else's invitation, 409 the second time or once closed.")
    PanelSheet answer(@PathVariable long invitationId, @Valid @RequestBody AssessmentJson body) {
        Map<String, PanelAnswer> answers = new LinkedHashMap<>();
        body.answers().forEach((question, answer) -> answers.put(question,
                answer == null ? new PanelAnswer(null, null) : new PanelAnswer(answer.score(), answer.comment())));
        return panel.answer(invitationId, answers, actors.require());
    }
}
