package org.gongshang.consultation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.CommonProblemRaised;
import org.gongshang.consultation.CommonProblems;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/common-problems")
@Tag(name = "Common problems", description = "共性问题上升: consensus of several grassroots consultations raised as one CPPCC topic")
class CommonProblemApi {

    private final CommonProblems problems;
    private final Consultations consultations;
    private final Actors actors;

    CommonProblemApi(CommonProblems problems, Consultations consultations, Actors actors) {
        this.problems = problems;
        this.consultations = consultations;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "The common problems a consultation's consensus was raised into, with their topics")
    List<CommonProblems.RaisedFrom> raisedFrom(@RequestParam long consultation) {
        consultations.get(consultation, actors.current().orElse(null));
        return problems.raisedFrom(consultation);
    }

    /** @param category a topic category (ECONOMY, POLITICS, CULTURE, SOCIETY, ECOLOGY); SOCIETY when absent */
    record RaiseRequest(@Nullable String title, @Nullable String description, @Nullable String category,
            @Nullable String regionCode, @Nullable List<Long> consensusItemIds) {
    }

    @PostMapping
    @Operation(summary = "Staff raise adopted consensus items of at least two consultations in their region as one problem")
    ResponseEntity<CommonProblemRaised> raise(@RequestBody RaiseRequest body) {
        if (body.regionCode() == null) {
            throw DomainException.invalidField("regionCode", "consultation.common-problem.region-required");
        }
        return ResponseEntity.status(201).body(problems.raise(body.title(), body.description(), body.category(), body.regionCode(),
                body.consensusItemIds() == null ? List.of() : body.consensusItemIds(), actors.require()));
    }
}
