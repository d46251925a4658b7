package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.followup.internal.SurveyWorkbook;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A respondent answers with a formula; staff open the results workbook. The answer is a text cell. */
@GongshangTest
class SurveyExportFormulaTests {

    static final String LINK = "=HYPERLINK(\"http://evil.example/steal\",\"点我\")";

    @Autowired
    Api api;

    @Autowired
    FollowUpFixtures fixtures;

    @Test
    void aFreeTextAnswerThatLooksLikeAFormulaIsATextCellInTheWorkbook() throws Exception {
        Caller staff = api.as(fixtures.districtStaff());
        FollowUpFixtures.SupportedTopic topic = fixtures.supportedTopic();
        JsonNode survey = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("公式答卷测试", topic.id(), false));
        long id = survey.get("id").asLong();
        Api.Response answered = api.as(topic.submitter()).post("/api/v1/surveys/" + id + "/responses",
                FollowUpFixtures.answerJson(survey, 0, 5, "=HYPERLINK(\\\"http://evil.example/steal\\\",\\\"点我\\\")"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/surveys/" + id + "/results.xlsx"))
                .header("Authorization", "Bearer " + staff.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet raw = workbook.getSheet(SurveyWorkbook.RAW);
            Cell answer = raw.getRow(1).getCell(raw.getRow(0).getLastCellNum() - 1);
            assertThat(answer.getCellType()).isEqualTo(CellType.STRING);
            assertThat(answer.getStringCellValue()).isEqualTo(LINK);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }
}
