package org.gongshang.emergency.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.emergency.EmergencyRating;
import org.gongshang.emergency.EmergencyResolving;
import org.gongshang.emergency.EmergencyReview;
import org.gongshang.emergency.NewReview;
import org.gongshang.emergency.ReviewOutcome;
import org.gongshang.emergency.NewResolution;
import org.gongshang.emergency.Rating;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.Satisfaction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Handling an event over the API: responses, the resolution, the reporters' ratings, the review. */
@RestController
@RequestMapping("/api/v1/emergencies/{id}")
@Tag(name = "Emergencies")
class HandlingApi {

    record NoteJson(@Nullable String note) {
    }

    record ResolutionJson(@Nullable String summary, @Nullable String handledBy, @Nullable Instant doneAt) {
    }

    record RatingJson(@Nullable Satisfaction satisfaction, @Nullable String comment) {
    }

    record RatedJson(String satisfaction, @Nullable String comment, Instant ratedAt) {
    }

    record ReviewJson(@Nullable ReviewOutcome outcome, @Nullable String reason, @Nullable String topicTitle,
            @Nullable String topicDescription) {
    }

    private final EmergencyResolving resolving;
    private final EmergencyRating rating;
    private final EmergencyReview review;
    private final Actors actors;

    HandlingApi(EmergencyResolving resolving, EmergencyRating rating, EmergencyReview review, Actors actors) {
        this.resolving = resolving;
        this.rating = rating;
        this.review = review;
        this.actors = actors;
    }

    @PostMapping("/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a response (the first one counts for the first-response target); handlers of the place")
    EmergencyJson respond(@PathVariable long id, @RequestBody NoteJson body) {
        return EmergencyJson.of(resolving.respond(id, body.note() == null ? "" : body.note(), actors.require()));
    }

    @PostMapping("/resolution")
    @Operation(summary = "Resolve the event: what was done, by whom, when; photos follow with POST /{id}/photos. "
            + "The reporters are told and may rate it; it appears on the public list")
    EmergencyJson resolve(@PathVariable long id, @RequestBody ResolutionJson body) {
        return EmergencyJson.of(resolving.resolve(id, new NewResolution(body.summary(), body.handledBy(), body.doneAt()),
                List.of(), actors.require()));
    }

    @PostMapping("/review")
    @Operation(summary = "Review a resolved event (CPPCC staff of the place): ONE_OFF with a reason, or TOPIC — a regular "
            + "topic with source EMERGENCY, pre-filled from the event (title and description may be given), goes to screening")
    EmergencyJson review(@PathVariable long id, @RequestBody ReviewJson body) {
        return EmergencyJson.of(review.review(id, new NewReview(body.outcome(), body.reason(), body.topicTitle(),
                body.topicDescription()), actors.require()));
    }

    @PostMapping("/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rate the handling of a resolved event (residents who reported it, once)")
    RatedJson rate(@PathVariable long id, @RequestBody RatingJson body) {
        Rating rated = rating.rate(id, body.satisfaction(), body.comment(), actors.require());
        return new RatedJson(rated.satisfaction().name(), rated.comment(), rated.ratedAt());
    }
}
