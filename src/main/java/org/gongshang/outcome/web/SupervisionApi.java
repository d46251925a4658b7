package org.gongshang.outcome.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Supervision;
import org.gongshang.outcome.SupervisionBoard;
import org.gongshang.outcome.SupervisionNote;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision (督办) for staff: near-due and overdue lists, escalation from the office to the leader, notes. */
@RestController("outcomeSupervisionApi")
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Supervision", description = "督办: near-due and overdue lists per department and region, escalation, notes")
class SupervisionApi {

    private final Supervision supervision;
    private final Actors actors;

    SupervisionApi(Supervision supervision, Actors actors) {
        this.supervision = supervision;
        this.actors = actors;
    }

    @GetMapping("/supervision")
    @Operation(summary = "The supervision lists of the staff's regions, optionally of one region or department")
    SupervisionBoard board(@RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable Long organization) {
        return supervision.board(region, organization, actors.require());
    }

    record Escalation(@Nullable EscalationLevel level, @Nullable String note) {
    }

    @PostMapping("/{id}/escalations")
    @Operation(summary = "Raise supervision to OFFICE or LEADER with a note; the department (and at LEADER the leader) hears of it")
    RecommendationView escalate(@PathVariable long id, @RequestBody Escalation body) {
        return supervision.escalate(id, body.level(), body.note(), actors.require());
    }

    record Note(@Nullable String note) {
    }

    @PostMapping("/{id}/supervision-notes")
    @Operation(summary = "A supervision note (督办意见) at the current level")
    ResponseEntity<SupervisionNote> note(@PathVariable long id, @RequestBody Note body) {
        return ResponseEntity.status(201).body(supervision.addNote(id, body.note(), actors.require()));
    }
}
