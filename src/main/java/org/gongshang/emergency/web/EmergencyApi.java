package org.gongshang.emergency.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.emergency.Emergencies;
import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyCategory;
import org.gongshang.emergency.EmergencyPhotos;
import org.gongshang.emergency.EmergencyReporting;
import org.gongshang.emergency.EmergencySimilarity;
import org.gongshang.emergency.EmergencyTriage;
import org.gongshang.emergency.NewEmergency;
import org.gongshang.emergency.PhotoFile;
import org.gongshang.emergency.Severity;
import org.gongshang.emergency.SimilarEmergency;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reporting events and dealing with reports: the desk, one event, confirmation, decline, merge. */
@RestController
@RequestMapping("/api/v1/emergencies")
@Tag(name = "Emergencies", description = "应急事件: report, confirm, merge, the desk")
class EmergencyApi {

    record NewEmergencyJson(@Nullable String title, @Nullable String description, @Nullable EmergencyCategory category,
            @Nullable Severity severity, @Nullable String regionCode, @Nullable String address, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude, @Nullable Instant occurredAt, @Nullable Integer peopleAffected) {
    }

    record ConfirmJson(@Nullable Severity severity) {
    }

    record ReasonJson(@Nullable String reason) {
    }

    record MergeJson(@NotNull(message = "{emergency.merge.into-required}") Long intoId) {
    }

    private final Emergencies emergencies;
    private final EmergencyReporting reporting;
    private final EmergencyTriage triage;
    private final EmergencyPhotos photos;
    private final EmergencySimilarity similarity;
    private final Actors actors;

    EmergencyApi(Emergencies emergencies, EmergencyReporting reporting, EmergencyTriage triage, EmergencyPhotos photos,
            EmergencySimilarity similarity, Actors actors) {
        this.emergencies = emergencies;
        this.reporting = reporting;
        this.triage = triage;
        this.photos = photos;
        this.similarity = similarity;
        this.actors = actors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report an event (上报)",
            description = "Cadres, members and staff: confirmed at once, and those responsible are told by SMS. Residents with a "
                    + "verified real name: waits for the community's cadres. Photos are added with POST /{id}/photos.")
    EmergencyJson report(@RequestBody NewEmergencyJson body) {
        Emergency emergency = reporting.report(new NewEmergency(body.title(), body.description(), body.category(),
                body.severity(), body.regionCode(), body.address(), body.latitude(), body.longitude(), body.occurredAt(),
                body.peopleAffected()), List.of(), actors.require());
        return EmergencyJson.of(emergency);
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add photos to a report (reporters, while it is open) or to a resolution (handlers)")
    EmergencyJson addPhotos(@PathVariable long id, @RequestParam("photos") List<MultipartFile> files) {
        return EmergencyJson.of(photos.add(id, Uploads.bytes(files), actors.require()));
    }

    @GetMapping
    @Operation(summary = "The desk: open events of the caller's region, most severe first (staff, cadres)")
    List<EmergencyJson.ListingJson> desk(@RequestParam(required = false) @Nullable Severity severity) {
        Actor actor = actors.require();
        if (!emergencies.handlesSomewhere(actor)) {
            throw DomainException.forbidden("emergency.not-handler");
        }
        return emergencies.desk(actor, severity).stream().map(EmergencyJson.ListingJson::of).toList();
    }

    @GetMapping("/mine")
    @Operation(summary = "The events the caller reported")
    List<EmergencyJson.ListingJson> mine() {
        return emergencies.mine(actors.require()).stream().map(EmergencyJson.ListingJson::of).toList();
    }

    @GetMapping("/resolved")
    @Operation(summary = "Resolved events for everyone: what was done, no personal data")
    List<EmergencyJson.PublicJson> resolved(@RequestParam(required = false) @Nullable String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return emergencies.resolved(region, page, size).stream().map(EmergencyJson.PublicJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event with its timeline and photos (those who may see it; others 404)")
    EmergencyJson get(@PathVariable long id) {
        Emergency emergency = emergencies.get(id, actors.require());
        return EmergencyJson.of(emergency, emergencies.steps(id), emergencies.photos(id));
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "Similar events in the same township, open or recent, best first (to merge the same event reported twice)")
    List<SimilarEmergency> similar(@PathVariable long id) {
        return similarity.similarTo(id, actors.require());
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return Uploads.photo(emergencies.photo(id, photoId, actors.current().orElse(null)));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm a resident's report; everyone responsible is told by SMS")
    EmergencyJson confirm(@PathVariable long id, @RequestBody(required = false) @Nullable ConfirmJson body) {
        return EmergencyJson.of(triage.confirm(id, body == null ? null : body.severity(), actors.require()));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a resident's report with a reason; the reporter is told")
    EmergencyJson decline(@PathVariable long id, @RequestBody ReasonJson body) {
        return EmergencyJson.of(triage.decline(id, body.reason(), actors.require()));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge the event into the same one reported before; answers the surviving event")
    EmergencyJson merge(@PathVariable long id, @Valid @RequestBody MergeJson body) {
        return EmergencyJson.of(triage.merge(id, body.intoId(), actors.require()));
    }
}
