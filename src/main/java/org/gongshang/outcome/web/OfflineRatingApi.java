package org.gongshang.outcome.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.OfflineRating;
import org.gongshang.outcome.OfflineRatingEntry;
import org.gongshang.outcome.OfflineRatings;
import org.gongshang.outcome.RatingOccasion;
import org.gongshang.shared.image.SanitizedImage;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Satisfaction collected offline (线下测评) and entered by staff of the region on the people's behalf:
 * one person's rating with their name, or the counts of a forum; the occasion and a note as evidence,
 * with an optional photo. The round's result counts them with the online ratings.
 */
@RestController
@RequestMapping("/api/v1/recommendations/{id}/offline-ratings")
@Tag(name = "Satisfaction")
class OfflineRatingApi {

    private final OfflineRatings offline;
    private final Actors actors;

    OfflineRatingApi(OfflineRatings offline, Actors actors) {
        this.offline = offline;
        this.actors = actors;
    }

    /** Counts of a forum, or one person's rating: {@code respondentName} with exactly one count of 1. */
    record OfflineJson(@Nullable RatingOccasion occasion, @Nullable LocalDate heldOn, @Nullable String place,
            @Nullable String respondentName, @Nullable Integer satisfied, @Nullable Integer basicallySatisfied,
            @Nullable Integer unsatisfied, @Nullable String note) {

        OfflineRatingEntry entry() {
            return new OfflineRatingEntry(occasion, heldOn, place, respondentName, zero(satisfied), zero(basicallySatisfied),
                    zero(unsatisfied), note);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter satisfaction collected at a return visit or forum (staff of the region, while the rating is open)",
            description = "{\"occasion\":\"FORUM\"|\"RETURN_VISIT\",\"heldOn\":\"2026-12-01\",\"place\":\"…\"?,"
                    + "\"satisfied\":12,\"basicallySatisfied\":3,\"unsatisfied\":1,\"note\":\"evidence: sign-in sheet…\"}; "
                    + "per person: \"respondentName\" with one count of 1. Audited; counted by the round's rule. "
                    + "400 with field problems, 409 unless the rating window is open, 403 for viewers, 404 for others.")
    ResponseEntity<OfflineRating> enter(@PathVariable long id, @RequestBody OfflineJson body) {
        return ResponseEntity.status(201).body(offline.enter(id, body.entry(), null, actors.require()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The same with a photo as evidence: multipart fields as the JSON's, and photo (JPEG or PNG, "
            + "re-encoded without EXIF or GPS)")
    ResponseEntity<OfflineRating> enterWithPhoto(@PathVariable long id, @RequestParam(required = false) @Nullable RatingOccasion occasion,
            @RequestParam(required = false) @Nullable LocalDate heldOn, @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String respondentName,
            @RequestParam(required = false) @Nullable Integer satisfied,
            @RequestParam(required = false) @Nullable Integer basicallySatisfied,
            @RequestParam(required = false) @Nullable Integer unsatisfied, @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable MultipartFile photo) {
        OfflineRatingEntry entry = new OfflineJson(occasion, heldOn, place, respondentName, satisfied, basicallySatisfied,
                unsatisfied, note).entry();
        return ResponseEntity.status(201).body(offline.enter(id, entry, bytes(photo), actors.require()));
    }

    @GetMapping
    @Operation(summary = "What was entered, every round (names of people only for staff of the region)")
    List<OfflineRating> list(@PathVariable long id) {
        return offline.of(id, actors.current().orElse(null));
    }

    @GetMapping("/{offlineId}/photo")
    @Operation(summary = "The evidence's photo (staff of the region)")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long offlineId) {
        SanitizedImage image = offline.photo(id, offlineId, actors.require());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(image.bytes());
    }

    private static int zero(@Nullable Integer count) {
        return count == null ? 0 : count;
    }

    private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
