package org.gongshang.plan.web;

import java.nio.charset.StandardCharsets;

import org.gongshang.plan.PlanDocuments.Document;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A plan export as a download with its Chinese file name (RFC 6266 filename*), for the API and the pages alike. */
final class PlanDownloads {

    private PlanDownloads() {
    }

    static ResponseEntity<byte[]> of(Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }
}
