package org.gongshang.followup.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyResponses;
import org.gongshang.followup.SurveyStatus;
import org.gongshang.followup.SurveySummary;
import org.gongshang.followup.Surveys;
import org.gongshang.followup.web.SurveyJson.SurveyRequest;
import org.gongshang.followup.web.SurveyJson.SurveyView;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "问卷 follow-up questionnaires: build, publish, close; answers and results under /responses and /results")
class SurveyApi {

    /** Which list: the surveys of the regions the caller manages, or those the caller is asked to answer. */
    enum Scope {
        MANAGED, MINE
    }

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final Actors actors;
    private final Clock clock;

    SurveyApi(Surveys surveys, SurveyResponses responses, Actors actors, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.actors = actors;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Create a draft (staff of the region): details and, optionally, its questions",
            description = "Questions: kind SINGLE_CHOICE | MULTIPLE_CHOICE | RATING (1–5) | FREE_TEXT, text, required "
                    + "(default true), choices (2–20, for choice questions). audience INVITED (default) or REGION; "
                    + "anonymous defaults to true. Problems of the n-th question name fields questions[n].text etc.")
    ResponseEntity<SurveyView> create(@RequestBody SurveyRequest body) {
        Actor actor = actors.require();
        Survey survey = surveys.create(body.draft(), body.questionDrafts(), actor);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.id())).body(view(survey, actor));
    }

    @GetMapping
    @Operation(summary = "Surveys: MANAGED (staff: their regions', newest first) or MINE (those the caller is asked to answer)")
    List<SurveySummary> list(@RequestParam(required = false) @Nullable Scope scope,
            @RequestParam(required = false) @Nullable SurveyStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Actor actor = actors.require();
        Scope chosen = scope != null ? scope : surveys.mayCreate(actor) ? Scope.MANAGED : Scope.MINE;
        return chosen == Scope.MANAGED ? surveys.managedList(actor, status, page, size) : surveys.forRespondent(actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey with its questions, for its managers and for those asked to answer it (others: 404)")
    SurveyView get(@PathVariable long id) {
        Actor actor = actors.require();
        return view(surveys.get(id, actor), actor);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft's details; questions, when given, replace all of its questions (409 once published)")
    SurveyView update(@PathVariable long id, @RequestBody SurveyRequest body) {
        Actor actor = actors.require();
        return view(surveys.update(id, body.draft(), body.questions() == null ? null : body.questionDrafts(), actor), actor);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish: questions are fixed; the people concerned are invited and notified (409 unless a draft)")
    SurveyView publish(@PathVariable long id) {
        Actor actor = actors.require();
        return view(surveys.publish(id, actor), actor);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close: no more answers (409 unless published)")
    SurveyView close(@PathVariable long id) {
        Actor actor = actors.require();
        return view(surveys.close(id, actor), actor);
    }

    private SurveyView view(Survey survey, Actor actor) {
        boolean manager = surveys.mayManage(actor, survey);
        return SurveyView.of(survey, survey.availability(clock.instant()), surveys.link(survey.id()),
                responses.hasAnswered(survey.id(), actor), manager ? surveys.invited(survey.id()) : null,
                manager ? responses.count(survey.id()) : null);
    }
}
