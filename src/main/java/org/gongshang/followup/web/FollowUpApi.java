package org.gongshang.followup.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.FollowUpRecord;
import org.gongshang.followup.FollowUps;
import org.gongshang.followup.NewFollowUp;
import org.gongshang.followup.RecommendationFollowUps;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Follow-ups", description = "跟踪问效 follow-up records: surveys, unannounced visits, return visits on recommendations")
class FollowUpApi {

    private final FollowUps followUps;
    private final Actors actors;

    FollowUpApi(FollowUps followUps, Actors actors) {
        this.followUps = followUps;
        this.actors = actors;
    }

    @PostMapping("/api/v1/follow-ups")
    @Operation(summary = "Record a follow-up (staff of the region, or a member taking part)",
            description = "{\"kind\":\"SURVEY|UNANNOUNCED_VISIT|RETURN_VISIT\",\"happenedOn\":\"2026-05-01\",\"place\",\"findings\","
                    + "\"recommendationIds\":[…],\"consultationId\"?,\"topicId\"?,\"surveyId\"?,\"regionCode\"?,"
                    + "\"participantAccountIds\":[…],\"otherParticipants\":[\"name\",…]}; photos with POST /{id}/photos.")
    ResponseEntity<FollowUpRecord> record(@RequestBody NewFollowUp body) {
        FollowUpRecord record = followUps.record(body, List.of(), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + record.id())).body(record);
    }

    @GetMapping("/api/v1/follow-ups")
    @Operation(summary = "Records of the staff's regions and those the caller made or took part in, newest first")
    List<FollowUpRecord> list(@RequestParam(required = false) @Nullable Long recommendationId,
            @RequestParam(required = false) @Nullable FollowUpKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return followUps.list(actors.require(), recommendationId, kind, page, size);
    }

    @GetMapping("/api/v1/follow-ups/{id}")
    FollowUpRecord get(@PathVariable long id) {
        return followUps.get(id, actors.require());
    }

    @PostMapping(path = "/api/v1/follow-ups/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a JPEG or PNG photo (part \"file\"); it is re-encoded without EXIF or GPS data")
    ResponseEntity<FollowUpRecord.Photo> addPhoto(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        Actor actor = actors.require();
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(followUps.addPhoto(id, file.getBytes(), actor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/follow-ups/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return photoResponse(followUps, id, photoId, actors.current().orElse(null));
    }

    @GetMapping("/api/v1/recommendations/{id}/follow-ups")
    @Operation(summary = "A recommendation's follow-up: counts by kind (for all who may see it), the records the caller "
            + "may read, its surveys")
    RecommendationFollowUps ofRecommendation(@PathVariable long id) {
        return followUps.ofRecommendation(id, actors.current().orElse(null));
    }

    /** A photo's bytes with its type; never sniffed by the browser as anything else. */
    static ResponseEntity<byte[]> photoResponse(FollowUps followUps, long id, long photoId, @Nullable Actor viewer) {
        FollowUpRecord record = followUps.get(id, viewer);
        FollowUpRecord.Photo photo = record.photos().stream().filter(p -> p.id() == photoId).findFirst()
                .orElseThrow(() -> org.gongshang.shared.DomainException.notFound("followup.photo.unknown", photoId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(followUps.photo(id, photoId, viewer));
    }
}
