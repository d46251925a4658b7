package org.gongshang.followup.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.followup.PaperResponses;
import org.gongshang.followup.ResponseChannel;
import org.gongshang.followup.SurveyExport;
import org.gongshang.followup.SurveyResponse;
import org.gongshang.followup.SurveyResponses;
import org.gongshang.followup.SurveyResults;
import org.gongshang.followup.web.SurveyJson.PaperRequest;
import org.gongshang.followup.web.SurveyJson.ResponseRequest;
import org.gongshang.followup.web.SurveyJson.ResponseView;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys/{id}")
@Tag(name = "Surveys")
class SurveyResponseApi {

    private final SurveyResponses responses;
    private final PaperResponses paper;
    private final Actors actors;

    SurveyResponseApi(SurveyResponses responses, PaperResponses paper, Actors actors) {
        this.responses = responses;
        this.paper = paper;
        this.actors = actors;
    }

    @PostMapping("/responses")
    @Operation(summary = "Answer the survey, once per person",
            description = "{\"answers\":[{\"questionId\":1,\"choiceIds\":[2]},{\"questionId\":3,\"rating\":4},"
                    + "{\"questionId\":4,\"text\":\"…\"}]}. 400 with a problem per question (field q<questionId>): "
                    + "required, choice not of the question, one choice only, rating 1–5, text too long. "
                    + "409 for a second answer, before opening or after closing; 403 for staff not asked; 404 for others.")
    ResponseEntity<ResponseView> answer(@PathVariable long id, @RequestBody ResponseRequest body) {
        SurveyResponse response = responses.answer(id, body.list(), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(ResponseView.of(response));
    }

    @PostMapping("/paper-responses")
    @Operation(summary = "Enter a paper questionnaire on the respondent's behalf (staff of the survey's region)",
            description = "{\"respondentName\":\"…\" (real-name surveys only, required there),\"sheetNumber\":\"…\"?,"
                    + "\"filledOn\":\"2026-12-01\"?,\"answers\":[…as for responses]}. Kept with channel PAPER, who entered "
                    + "it and when; audited. 400 with problems per question and at respondentName, sheetNumber, filledOn; "
                    + "409 before the survey opens or for a sheet number entered already; 403 for others who see the "
                    + "survey, 404 for the rest. Accepted after closing: sheets collected in time come in later.")
    ResponseEntity<ResponseView> enterPaper(@PathVariable long id, @RequestBody PaperRequest body) {
        SurveyResponse response = paper.enter(id, body.sheet(), body.list(), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id + "/responses")).body(ResponseView.of(response));
    }

    @GetMapping("/responses")
    @Operation(summary = "Every response (staff of the region); anonymous ones without account, name or time")
    List<ResponseView> responses(@PathVariable long id) {
        return responses.responses(id, actors.require()).stream().map(ResponseView::of).toList();
    }

    @GetMapping("/results")
    @Operation(summary = "Results per question: counts and shares of choices, rating average and distribution, texts",
            description = "channel=ONLINE or PAPER: the results of that channel's answers only; without it both together. "
                    + "online and paper always count both.")
    SurveyResults results(@PathVariable long id, @RequestParam(required = false) @Nullable ResponseChannel channel) {
        return responses.results(id, actors.require(), channel);
    }

    @GetMapping("/results.xlsx")
    @Operation(summary = "The results as Excel: sheet 汇总 (summary) and sheet 原始答卷 (raw answers)")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return download(responses.export(id, actors.require()));
    }

    /** A download with its Chinese file name (RFC 6266 filename*), for the API and the pages alike. */
    static ResponseEntity<byte[]> download(SurveyExport export) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.filename(), StandardCharsets.UTF_8).build().toString())
                .body(export.content());
    }
}
