package org.gongshang.outcome.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongshang.outcome.PublicRecommendation;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.Recommendations;
import org.gongshang.shared.office.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open data (公开数据) of the public recommendations, with the list's filters: CSV (UTF-8 with a
 * byte order mark, so that spreadsheet programs read the Chinese right; text that a spreadsheet
 * would run as a formula is quoted, see {@link SpreadsheetCsv}) and JSON. Public fields only.
 */
@Controller("outcomeOpenData")
class OpenData {

    static final int MAX_ROWS = 10_000;
    private static final String[] HEADER = {"id", "text", "status", "progress", "region_code", "region", "lead_department",
            "co_handling_departments", "transferred_on", "due_date", "overdue", "rehandling_rounds", "latest_grade",
            "latest_reply", "replied_at", "satisfaction", "consultation_id", "consultation", "topic_id", "topic", "closed_at"};

    private final Recommendations recommendations;

    OpenData(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping(path = "/recommendations/open-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<PublicRecommendation>> json(@RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable RecommendationStatus status,
            @RequestParam(required = false) @Nullable Integer year) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(recommendations.openData(region, organization, status, year, MAX_ROWS));
    }

    @GetMapping("/recommendations/open-data.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable RecommendationStatus status,
            @RequestParam(required = false) @Nullable Integer year) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (PublicRecommendation r : recommendations.openData(region, organization, status, year, MAX_ROWS)) {
                SpreadsheetCsv.printRecord(printer, r.id(), r.text(), r.status(), r.progress(), r.regionCode(), r.regionName(),
                        r.leadDepartment(), String.join(";", r.coHandlingDepartments()), r.transferredOn(), r.dueDate(),
                        r.overdue(), r.rehandlingRounds(), r.latestGrade(), r.latestReply(), r.repliedAt(), r.result(),
                        r.consultationId(), r.consultationTitle(), r.topicId(), r.topicTitle(), r.closedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("recommendations.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
