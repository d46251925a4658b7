package org.gongshang.outcome.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.CoHandlerOpinion;
import org.gongshang.outcome.ExtensionRequest;
import org.gongshang.outcome.Handling;
import org.gongshang.outcome.ProgressReport;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.internal.HandlingStore;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The departments' acts (办理): only the lead department's accounts sign for it, dispute it, report
 * progress, ask for more time and reply; co-handlers send an opinion. Others get 403.
 */
@RestController("outcomeHandlingApi")
@RequestMapping("/api/v1/recommendations/{id}")
@Tag(name = "Handling", description = "办理: sign for (签收), dispute (退回), progress, reply (答复) with a grade, co-handler opinions, extensions")
class HandlingApi {

    private final Handling handling;
    private final Actors actors;

    HandlingApi(Handling handling, Actors actors) {
        this.handling = handling;
        this.actors = actors;
    }

    @PostMapping("/accept")
    @Operation(summary = "签收 by the lead department")
    RecommendationView accept(@PathVariable long id) {
        return handling.accept(id, actors.require());
    }

    record Dispute(@Nullable String reason) {
    }

    @PostMapping("/dispute")
    @Operation(summary = "退回: the lead department disputes the assignment with a reason, within the dispute period; staff reassign")
    RecommendationView dispute(@PathVariable long id, @RequestBody Dispute body) {
        return handling.dispute(id, body.reason(), actors.require());
    }

    record Progress(@Nullable String text, @Nullable Integer percent) {
    }

    @PostMapping(path = "/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A progress report of the lead department, optionally with its estimate in percent")
    ResponseEntity<ProgressReport> progress(@PathVariable long id, @RequestBody Progress body) {
        return ResponseEntity.status(201).body(handling.reportProgress(id, body.text(), body.percent(), List.of(), actors.require()));
    }

    @PostMapping(path = "/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A progress report with attachments (PDF, JPEG, PNG, .docx, .xlsx) as multipart fields text, percent, files")
    ResponseEntity<ProgressReport> progressWithFiles(@PathVariable long id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable Integer percent,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files) {
        return ResponseEntity.status(201).body(handling.reportProgress(id, text, percent, uploads(files), actors.require()));
    }

    record ReplyRequest(@Nullable String grade, @Nullable String text) {
    }

    @PostMapping("/reply")
    @Operation(summary = "答复 with a grade (A solved, B being solved or planned, C not possible now, as configured); the rating window opens")
    RecommendationView reply(@PathVariable long id, @RequestBody ReplyRequest body) {
        return handling.reply(id, body.grade(), body.text(), actors.require());
    }

    record Opinion(@Nullable String text) {
    }

    @PostMapping("/opinions")
    @Operation(summary = "协办意见: a co-handling department's opinion to the lead, once per round; no grade")
    ResponseEntity<CoHandlerOpinion> opinion(@PathVariable long id, @RequestBody Opinion body) {
        return ResponseEntity.status(201).body(handling.giveOpinion(id, body.text(), actors.require()));
    }

    record ExtensionAsked(@Nullable Integer workingDays, @Nullable String reason) {
    }

    @PostMapping("/extensions")
    @Operation(summary = "申请延期: more working days with a reason; staff decide (at most 6 months from transfer in all)")
    ResponseEntity<ExtensionRequest> requestExtension(@PathVariable long id, @RequestBody ExtensionAsked body) {
        return ResponseEntity.status(201).body(handling.requestExtension(id, body.workingDays(), body.reason(), actors.require()));
    }

    @GetMapping("/attachments/{attachmentId}")
    @Operation(summary = "An attachment of a progress report, for those who may see the recommendation")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return download(handling.attachment(id, attachmentId, actors.current().orElse(null)));
    }

    static ResponseEntity<byte[]> download(HandlingStore.AttachmentFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    static List<Handling.Upload> uploads(@Nullable List<MultipartFile> files) {
        List<Handling.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue; // a file input left empty in a form
            }
            try {
                uploads.add(new Handling.Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
