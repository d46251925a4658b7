package org.gongshang.consultation.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.ConsultationMinutes;
import org.gongshang.consultation.Minutes;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consultations/{id}/minutes")
@Tag(name = "Minutes", description = "协商纪要 minutes: drafts, final versions, corrections, Word export")
class MinutesApi {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ConsultationMinutes minutes;
    private final Actors actors;

    MinutesApi(ConsultationMinutes minutes, Actors actors) {
        this.minutes = minutes;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "All versions, newest first, and the current one (newest final, else the draft)")
    Map<String, Object> versions(@PathVariable long id) {
        List<Minutes> versions = minutes.versions(id, actors.require());
        Minutes current = versions.stream().filter(Minutes::isFinal).findFirst().orElse(versions.isEmpty() ? null : versions.getFirst());
        return current == null ? Map.of("versions", versions) : Map.of("versions", versions, "current", current);
    }

    record Edit(@Nullable String title, @Nullable String body) {
    }

    @PutMapping("/{minutesId}")
    @Operation(summary = "Edit a draft; a final version answers 409 and stays as it is")
    Minutes edit(@PathVariable long id, @PathVariable long minutesId, @RequestBody Edit body) {
        return minutes.edit(id, minutesId, body.title(), body.body(), actors.require());
    }

    @PostMapping("/{minutesId}/finalise")
    Minutes finalise(@PathVariable long id, @PathVariable long minutesId) {
        return minutes.finalise(id, minutesId, actors.require());
    }

    @PostMapping("/corrections")
    @Operation(summary = "Start a correction of the final minutes: a new draft version")
    ResponseEntity<Minutes> correct(@PathVariable long id) {
        return ResponseEntity.status(201).body(minutes.correct(id, actors.require()));
    }

    @GetMapping("/export.docx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        byte[] document = minutes.export(id, actors.require());
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("minutes-" + id + ".docx").build().toString())
                .body(document);
    }

    @GetMapping("/public")
    Minutes publicSummary(@PathVariable long id) {
        return minutes.publicSummary(id).orElseThrow(() -> DomainException.notFound("consultation.minutes.none"));
    }
}
