package org.gongshang.followup.web;

import org.gongshang.followup.ResponseChannel;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyResponses;
import org.gongshang.followup.SurveyResults;
import org.gongshang.followup.Surveys;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A survey's results for staff of its region: charts per question and the Excel download. */
@Controller
class SurveyResultPages {

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final Actors actors;
    private final Messages messages;

    SurveyResultPages(Surveys surveys, SurveyResponses responses, Actors actors, Messages messages) {
        this.surveys = surveys;
        this.responses = responses;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/surveys/{id:\\d+}/results")
    String results(@PathVariable long id, @RequestParam(required = false) @Nullable ResponseChannel channel, Model model) {
        Actor actor = actors.require();
        SurveyResults results = responses.results(id, actor, channel);
        Survey survey = surveys.managed(id, actor);
        model.addAttribute("survey", survey);
        model.addAttribute("results", results);
        model.addAttribute("charts", results.questions().stream().map(q -> ResultChart.of(q, rating -> messages.get("followup.results.rating-label", rating))).toList());
        model.addAttribute("invited", surveys.invited(id));
        model.addAttribute("channels", ResponseChannel.values());
        return "followup/survey-results";
    }

    @GetMapping("/surveys/{id:\\d+}/results.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return SurveyResponseApi.download(responses.export(id, actors.require()));
    }
}
