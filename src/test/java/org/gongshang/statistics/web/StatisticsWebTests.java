package org.gongshang.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.statistics.Dashboard;
import org.gongshang.statistics.StatisticsFilter;
import org.gongshang.statistics.StatisticsTable;
import org.gongshang.support.WebSlice;
import org.gongshang.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page, its Excel export and its API in a web slice: charts with their tables, filters, refusals. */
@WebSliceTest({DashboardPages.class, StatisticsApi.class})
@Import(Actors.class)
class StatisticsWebTests {

    static final Region TONGCHUAN = new Region("511702", "通川区", RegionLevel.DISTRICT, "511700", true);
    static final Dashboard.Section GRADES = new Dashboard.Section("quality-grades", new StatisticsTable("statistics.district",
            List.of("statistics.grade.EXCELLENT", "statistics.grade.GOOD", "statistics.grade.FAIR", "statistics.grade.POOR"),
            List.of(new StatisticsTable.Row("通川区", null, List.of(3L, 5L, 1L, 0L)))));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Dashboard dashboard;
    @MockitoBean
    Regions regions;
    @MockitoBean
    Accounts accounts;

    @BeforeEach
    void figures() {
        StatisticsFilter tongchuan2026 = new StatisticsFilter(2026, "511702");
        when(dashboard.sections(eq(tongchuan2026), any())).thenReturn(List.of(GRADES));
        when(dashboard.section(eq("quality-grades"), eq(tongchuan2026), any())).thenReturn(GRADES);
        when(dashboard.districts(any())).thenReturn(List.of(TONGCHUAN));
        when(regions.find("511702")).thenReturn(Optional.of(TONGCHUAN));
    }

    @Test
    void theDashboardShowsEachChartWithItsTableAndExportForTheFilter() throws Exception {
        mvc.perform(get("/statistics").param("year", "2026").param("district", "511702")
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("class=\"segment s0\""),
                        containsString("协商质量评价等级（按区县）"), containsString("<th scope=\"row\">通川区</th>"),
                        containsString("<td>5</td>"), containsString("<td>9</td>"), containsString("通川区 · 2026年"),
                        containsString("/statistics/quality-grades.xlsx?year=2026&amp;district=511702"),
                        containsString("<option value=\"511702\" selected=\"selected\">通川区</option>"))));
    }

    @Test
    void theExcelExportHasTheTitleTheScopeAndTheFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/statistics/quality-grades.xlsx").param("year", "2026").param("district", "511702")
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DashboardPages.XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("协商质量评价等级（按区县）（通川区 · 2026年）");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("优秀");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("通川区");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(9);
        }
    }

    @Test
    void theApiAnswersTheTablesInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/statistics/sections").param("year", "2026").param("district", "511702")
                        .header("Accept-Language", "en").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("quality-grades"))
                .andExpect(jsonPath("$[0].columns[0]").value("Excellent"))
                .andExpect(jsonPath("$[0].rows[0].label").value("通川区"))
                .andExpect(jsonPath("$[0].rows[0].total").value(9));
    }

    @Test
    void refusalsAreProblemsOnTheApiAndErrorPagesOnThePage() throws Exception {
        when(dashboard.sections(eq(new StatisticsFilter(null, "511703")), any()))
                .thenThrow(DomainException.forbidden("identity.scope.outside", "511703"));
        mvc.perform(get("/api/v1/statistics/sections").param("district", "511703").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/statistics").param("district", "511703").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isForbidden());
        when(dashboard.section(eq("nothing"), any(), any())).thenThrow(DomainException.notFound("statistics.section.unknown"));
        mvc.perform(get("/api/v1/statistics/sections/nothing").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("statistics.section.unknown"));
        mvc.perform(get("/statistics"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aYearThatIsNoNumberIsRefusedBeforeTheDashboardIsAsked() throws Exception {
        mvc.perform(get("/api/v1/statistics/sections").param("year", "二〇二六").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/statistics").param("year", "99999999999").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isBadRequest());
        verify(dashboard, never()).sections(any(), any());
    }
}
