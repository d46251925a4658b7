package org.gongshang.outcome.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.outcome.SatisfactionRating;
import org.gongshang.outcome.SatisfactionRatings;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction (满意度测评): the people concerned rate the reply once each while the window is open;
 * staff may close the window early, and the configured rule decides.
 */
@RestController("outcomeRatingApi")
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Satisfaction", description = "满意度测评: ratings of replies, the rating window and its result")
class RatingApi {

    private final SatisfactionRatings ratings;
    private final Actors actors;

    RatingApi(SatisfactionRatings ratings, Actors actors) {
        this.ratings = ratings;
        this.actors = actors;
    }

    record Rating(@Nullable String rating, @Nullable String comment) {
    }

    @PostMapping("/{id}/ratings")
    @Operation(summary = "Rate the reply SATISFIED, BASICALLY_SATISFIED or UNSATISFIED with an optional comment: once per round, "
            + "for submitters, co-signers and participants (403 for others, 409 before the reply or a second time)")
    ResponseEntity<SatisfactionRating> rate(@PathVariable long id, @RequestBody Rating body) {
        return ResponseEntity.status(201).body(ratings.rate(id, satisfaction(body.rating()), body.comment(), actors.require()));
    }

    @PostMapping("/{id}/close-rating")
    @Operation(summary = "Staff end the rating window early; the rule is applied now (UNSATISFIED sends it back for re-handling)")
    RecommendationView closeRating(@PathVariable long id) {
        return ratings.closeWindow(id, actors.require());
    }

    @GetMapping("/awaiting-my-rating")
    @Operation(summary = "The replies the signed-in person is asked to rate now")
    List<RecommendationView> awaiting() {
        return ratings.awaiting(actors.require());
    }

    /** A rating the API does not know is a field problem, not an unreadable body. */
    private static @Nullable Satisfaction satisfaction(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Satisfaction.values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> DomainException.invalidField("rating", "outcome.rating.required"));
    }
}
