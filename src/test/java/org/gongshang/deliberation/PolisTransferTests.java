package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongshang.deliberation.DeliberationFixtures.create;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.deliberation.polis.PolisCsv;
import org.gongshang.deliberation.polis.PolisStatement;
import org.gongshang.deliberation.polis.PolisVote;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Pol.is compatibility: a sample conversation imported gives groups; the exports read back through PolisCsv. */
@GongshangTest
class PolisTransferTests {

    static final Path SAMPLES = Path.of("src/test/resources/polis");

    @Autowired
    Api api;

    @Autowired
    People people;

    Api.Response upload(Caller caller, long deliberation, Map<String, Path> files) throws IOException, InterruptedException {
        String boundary = "----polis" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
                    + file.getValue().getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file.getValue()));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/deliberations/" + deliberation + "/import"))
                .header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Test
    void anImportedPolisConversationFormsOpinionGroups() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of());
        Path brexit = SAMPLES.resolve("brexit-consensus");

        Api.Response imported = upload(staff, id, Map.of("comments", brexit.resolve("comments.csv"),
                "votes", brexit.resolve("votes.csv")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("statements").asInt()).isEqualTo(50);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode analysis = staff.get("/api/v1/deliberations/" + id + "/analysis").json();
            assertThat(analysis.get("groups").size()).isBetween(2, 5);
            assertThat(analysis.get("participantsClustered").asInt()).isGreaterThan(150);
        });
        JsonNode deliberation = staff.get("/api/v1/deliberations/" + id).json();
        assertThat(deliberation.get("participants").asInt()).as("anonymous placeholders, not accounts").isGreaterThan(150);
    }

    @Test
    void participantsVotesAloneAreEnoughToImport() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of());
        Path london = SAMPLES.resolve("london.youth.policing");
        Api.Response imported = upload(staff, id, Map.of("comments", london.resolve("comments.csv"),
                "participantsVotes", london.resolve("participants-votes.csv")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("votes").asInt()).isPositive();
    }

    @Test
    void aMalformedExportOrAMissingFileIsRefusedAndOnlyOrganisersImport() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of());
        Path london = SAMPLES.resolve("london.youth.policing");
        assertThat(upload(staff, id, Map.of("comments", london.resolve("comments.csv"))).status()).isEqualTo(400);
        assertThat(upload(staff, id, Map.of("comments", london.resolve("summary.csv"), "votes", london.resolve("votes.csv")))
                .status()).isEqualTo(400);
        assertThat(upload(api.as(people.resident()), id, Map.of("comments", london.resolve("comments.csv"),
                "votes", london.resolve("votes.csv"))).status()).isEqualTo(403);
        assertThat(staff.get("/api/v1/deliberations/" + id).json().get("statements").asInt()).isZero();
    }

    @Test
    void theCsvExportRoundTripsThroughPolisCsv() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of());
        Path london = SAMPLES.resolve("london.youth.policing");
        upload(staff, id, Map.of("comments", london.resolve("comments.csv"), "votes", london.resolve("votes.csv")));
        List<PolisStatement> original = PolisCsv.readComments(Files.newBufferedReader(london.resolve("comments.csv")), "o");
        List<PolisVote> originalVotes = PolisCsv.readVotes(Files.newBufferedReader(london.resolve("votes.csv")), "o");

        Api.Response comments = staff.get("/api/v1/deliberations/" + id + "/export/comments.csv");
        Api.Response votes = staff.get("/api/v1/deliberations/" + id + "/export/votes.csv");
        assertThat(comments.contentType()).startsWith("text/csv");
        List<PolisStatement> exported = PolisCsv.readComments(new StringReader(comments.body()), "comments.csv");
        List<PolisVote> exportedVotes = PolisCsv.readVotes(new StringReader(votes.body()), "votes.csv");

        assertThat(exported).hasSameSizeAs(original);
        assertThat(exported.stream().map(PolisStatement::body).sorted().toList())
                .isEqualTo(original.stream().map(PolisStatement::body).sorted().toList());
        assertThat(exported.stream().mapToInt(PolisStatement::moderation).sum())
                .isEqualTo(original.stream().mapToInt(PolisStatement::moderation).sum());
        assertThat(exportedVotes).hasSameSizeAs(originalVotes);
        assertThat(exportedVotes.stream().mapToInt(PolisVote::vote).sum()).isEqualTo(originalVotes.stream().mapToInt(PolisVote::vote).sum());
        assertThat(exportedVotes.stream().map(PolisVote::timestamp).sorted().toList())
                .isEqualTo(originalVotes.stream().map(PolisVote::timestamp).sorted(Comparator.naturalOrder()).toList());

        // Importing our own export into a new deliberation gives the same statements and votes again.
        long copy = create(staff, "OPEN", List.of());
        Path dir = Files.createTempDirectory("export");
        Files.writeString(dir.resolve("comments.csv"), comments.body());
        Files.writeString(dir.resolve("votes.csv"), votes.body());
        Api.Response again = upload(staff, copy, Map.of("comments", dir.resolve("comments.csv"), "votes", dir.resolve("votes.csv")));
        assertThat(again.json().get("statements").asInt()).isEqualTo(original.size());
        assertThat(again.json().get("votes").asInt()).isEqualTo(originalVotes.size());
    }

    @Test
    void theAnalysisExportsAsAnExcelWorkbook() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/deliberations/" + id + "/export/analysis.xlsx"))
                .header("Authorization", "Bearer " + staff.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(response.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetAt(4).getRow(1).getCell(1).getStringCellValue()).isEqualTo("应该加装电梯");
        }
        assertThat(api.as(people.resident()).get("/api/v1/deliberations/" + id + "/export/votes.csv").status()).isEqualTo(403);
    }
}
