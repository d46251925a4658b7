package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Staff write a recommendation that a spreadsheet would run as a formula; anyone downloads the open
 * data and opens it in Excel. The cell is quoted and stays inert; numbers stay numbers.
 */
@GongshangTest
class OpenDataFormulaTests {

    static final String LINK = "=HYPERLINK(\"http://evil.example/steal\",\"点我查看办理结果\")";

    @Autowired
    ApplicationContext context;

    @Test
    void aRecommendationThatLooksLikeAFormulaIsQuotedInOpenDataCsv() throws Exception {
        OutcomeFixtures fixtures = new OutcomeFixtures(context);
        Api.Caller staff = fixtures.api.as(fixtures.districtStaff());
        long id = ok(staff.post("/api/v1/recommendations", """
                {"text":"=HYPERLINK(\\"http://evil.example/steal\\",\\"点我查看办理结果\\")","regionCode":"511702",
                 "source":"MEMBER_SUGGESTION","isPublic":true}""")).get("id").asLong();
        ok(staff.post("/api/v1/recommendations/" + id + "/sign-off"));
        ok(staff.post("/api/v1/recommendations/" + id + "/transfer",
                "{\"leadOrganizationId\":%d}".formatted(fixtures.organization(OutcomeFixtures.HOUSING))));

        Api.Response csv = fixtures.api.anonymous().get("/recommendations/open-data.csv?region=511702");
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        CSVRecord row = records.stream().filter(r -> r.get("id").equals(Long.toString(id))).findFirst().orElseThrow();
        assertThat(row.get("text")).isEqualTo("'" + LINK);
        assertThat(row.get("lead_department")).isEqualTo(OutcomeFixtures.HOUSING);
        assertThat(row.get("rehandling_rounds")).isEqualTo("0");
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\t");
            }
        }
        assertThat(fixtures.api.anonymous().get("/recommendations/open-data.json?region=511702").body())
                .as("JSON is not for spreadsheets and keeps the text as written").contains("\"text\":\"=HYPERLINK(");
    }
}
