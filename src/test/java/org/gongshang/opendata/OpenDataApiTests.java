package org.gongshang.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Open data over real HTTP, for anybody: the index, every dataset as CSV and JSON with its dictionary,
 * licence and last change; a topic whose title a spreadsheet would run comes out inert; nobody's phone
 * or name is in any dataset; unknown and hostile keys are problems, not failures.
 */
@GongshangTest
class OpenDataApiTests {

    static final List<String> KEYS = List.of("topics", "plans", "consultations", "recommendations", "quality-grades",
            "topics-declined-by-reason");

    @Autowired
    Api api;
    @Autowired
    People people;

    @Test
    void theCatalogListsEveryDatasetWithStableAddressesLicenceAndDictionary() {
        JsonNode catalog = api.anonymous().get("/api/v1/open-data").json();

        assertThat(catalog).extracting(entry -> entry.get("key").asString()).containsExactlyElementsOf(KEYS);
        for (JsonNode entry : catalog) {
            String key = entry.get("key").asString();
            assertThat(entry.get("csv").asString()).isEqualTo("/open-data/" + key + ".csv");
            assertThat(entry.get("licence").asString()).isEqualTo("CC BY 4.0");
            Api.Response csv = api.anonymous().get("/open-data/" + key + ".csv");
            assertThat(csv.status()).as(key).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            JsonNode json = api.anonymous().get("/open-data/" + key + ".json").json();
            assertThat(json.get("columns").size()).as(key).isGreaterThan(1);
            assertThat(csv.body()).as(key).startsWith("\uFEFF" + json.get("columns").get(0).get("name").asString() + ",");
            assertThat(json.get("rows").size()).as(key).isEqualTo(entry.get("rows").asInt());
        }
        Api.Response page = api.anonymous().inLanguage("en").get("/open-data");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Open data", "/open-data/topics.csv", "/open-data/quality-grades.json", "CC BY 4.0");
        assertThat(api.anonymous().get("/open-data/topics").body()).contains("数据字典", "submitted_at", "提出时间");
    }

    @Test
    void aTitleASpreadsheetWouldRunIsInertInTheCsvAndNoPersonalDataIsPublished() {
        People.Person resident = people.resident();
        Api.Response created = api.as(resident).post("/api/v1/topics", """
                {"title":"=HYPERLINK(\\"http://x.example\\",\\"点我\\")路灯","description":"晚上背街小巷的路灯经常不亮，老人和孩子出行不安全，希望尽快维修。",
                 "category":"SOCIETY","regionCode":"%s","tags":[]}""".formatted(People.COMMUNITY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        String csv = api.anonymous().get("/open-data/topics.csv").body();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
        for (String key : KEYS) {
            String json = api.anonymous().get("/open-data/" + key + ".json").body();
            assertThat(json).as(key).doesNotContain(resident.phone()).doesNotContain(resident.realName())
                    .doesNotContain("submitted_by").doesNotContain("phone");
        }
    }

    @Test
    void unknownAndHostileKeysAreProblems() {
        Api.Caller anyone = api.anonymous().inLanguage("en");
        Api.Response unknown = anyone.get("/api/v1/open-data/nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("nope");
        assertThat(anyone.get("/open-data/nope.csv").status()).isEqualTo(404);
        assertThat(anyone.get("/api/v1/open-data/%00").status()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/open-data/" + "x".repeat(5000)).status()).isBetween(400, 404);
        assertThat(anyone.post("/api/v1/open-data/topics", "{}").status()).isBetween(401, 405);
    }
}
