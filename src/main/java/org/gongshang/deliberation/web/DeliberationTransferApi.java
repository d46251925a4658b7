package org.gongshang.deliberation.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import org.gongshang.deliberation.DeliberationExports;
import org.gongshang.deliberation.PolisImports;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Pol.is import and the exports, for the API and for the organiser's page (same handlers, both chains). */
@RestController
class DeliberationTransferApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PolisImports imports;
    private final DeliberationExports exports;
    private final Actors actors;

    DeliberationTransferApi(PolisImports imports, DeliberationExports exports, Actors actors) {
        this.imports = imports;
        this.exports = exports;
        this.actors = actors;
    }

    @PostMapping(path = "/api/v1/deliberations/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Pol.is export: comments (comments.csv) and votes (votes.csv) or participantsVotes "
            + "(participants-votes.csv); participants become anonymous placeholders")
    PolisImports.Result importPolis(@PathVariable long id, @RequestPart(name = "comments", required = false) @Nullable MultipartFile comments,
            @RequestPart(name = "votes", required = false) @Nullable MultipartFile votes,
            @RequestPart(name = "participantsVotes", required = false) @Nullable MultipartFile participantsVotes) {
        Actor actor = actors.require();
        return imports.importExport(id, reader(comments), reader(votes), reader(participantsVotes), actor);
    }

    @GetMapping({"/api/v1/deliberations/{id}/export/votes.csv", "/deliberations/{id}/export/votes.csv"})
    @Operation(summary = "Every vote in Pol.is's votes.csv format (organisers)")
    ResponseEntity<byte[]> votes(@PathVariable long id) {
        Actor actor = actors.require();
        var out = new java.io.StringWriter();
        exports.votesCsv(id, actor, out);
        return download("votes.csv", CSV, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping({"/api/v1/deliberations/{id}/export/comments.csv", "/deliberations/{id}/export/comments.csv"})
    @Operation(summary = "Every statement in Pol.is's comments.csv format (organisers)")
    ResponseEntity<byte[]> comments(@PathVariable long id) {
        Actor actor = actors.require();
        var out = new java.io.StringWriter();
        exports.commentsCsv(id, actor, out);
        return download("comments.csv", CSV, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping({"/api/v1/deliberations/{id}/export/analysis.xlsx", "/deliberations/{id}/export/analysis.xlsx"})
    @Operation(summary = "The analysis as an Excel workbook (organisers)")
    ResponseEntity<byte[]> analysis(@PathVariable long id) {
        Actor actor = actors.require();
        var out = new java.io.ByteArrayOutputStream();
        exports.analysisWorkbook(id, actor, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deliberation-" + id + ".xlsx\"")
                .body(out.toByteArray());
    }

    /* Built in memory before answering: a refusal must still be able to set the status. */
    private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    private static @Nullable Reader reader(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
