package org.gongshang.deliberation.web;

import io.swagger.v3.oas.annotations.Operation;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.identity.Actors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of a deliberation's analysis for API clients and for the participant page. */
@RestController
class DeliberationEventsApi {

    private final AnalysisStream stream;
    private final Deliberations deliberations;
    private final Actors actors;

    DeliberationEventsApi(AnalysisStream stream, Deliberations deliberations, Actors actors) {
        this.stream = stream;
        this.deliberations = deliberations;
        this.actors = actors;
    }

    @GetMapping(path = {"/api/v1/deliberations/{id}/events", "/deliberations/{id}/events"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: 'analysis' with participants, votes and groups whenever the analysis changes")
    SseEmitter events(@PathVariable long id) {
        actors.require();
        deliberations.get(id);
        return stream.follow(id);
    }
}
