package org.gongshang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The CSV import page; each test works below its own township of 渠县 (511725). */
@GongshangTest
class RegionImportPageTests {

    @Autowired
    org.gongshang.support.Flash flashed;

    static final String HEADER = "code,name,level,parentCode\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Regions regions;

    @Autowired
    RegionMaintenance maintenance;

    @Autowired
    RegionImport regionImport;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theFormExplainsTheFileAndLinksTheSample() throws Exception {
        mvc.perform(get("/admin/regions/import").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
                        containsString("code,name,level,parentCode"), containsString("href=\"/admin/regions/import/sample.csv\""))));
    }

    @Test
    void aGoodFileIsImportedAndTheCountsShown() throws Exception {
        maintenance.add(new NewRegion("511725001000", "渠江街道", RegionLevel.TOWNSHIP, "511725"), null);

        mvc.perform(upload(HEADER + """
                        511725001000,渠江街道（新）,TOWNSHIP,511725
                        511725001001,文峰社区,COMMUNITY,511725001000
                        511725001002,北门社区,COMMUNITY,511725001000
                        """))
                .andExpect(redirectedUrl("/admin/regions/import"))
                .andExpect(flashed.notice("已导入：新增 2 个，改名 1 个。"));

        assertThat(regions.get("511725001000").name()).isEqualTo("渠江街道（新）");
        assertThat(regions.find("511725001002")).isPresent();
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndReportsTheRow() throws Exception {
        mvc.perform(upload(HEADER + """
                        511725002000,天星街道,TOWNSHIP,511725
                        511725002001,天星社区,COMMUNITY,511725002000
                        511724002002,错号社区,COMMUNITY,511725002000
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("未导入任何数据"),
                        containsString("<td>4</td>"), containsString("<code>code</code>"),
                        containsString("<td>511724002002</td>"), containsString("代码应以上级代码的前几位 511725002 开头"))));

        assertThat(regions.find("511725002000")).isEmpty();
        assertThat(regions.find("511725002001")).isEmpty();
    }

    @Test
    void aWrongHeaderIsShownAtTheFileField() throws Exception {
        mvc.perform(upload("编码,名称\n511725003000,临巴镇\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"import-file-problem\""),
                        containsString("第一行应为表头：code,name,level,parentCode"))));
    }

    @Test
    void anEmptyUploadIsRefused() throws Exception {
        mvc.perform(upload(""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件是空的。")));
    }

    @Test
    void theSampleIsACsvThatImportsCleanly() throws Exception {
        mvc.perform(get("/admin/regions/import/sample.csv").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("regions.csv")))
                .andExpect(content().string(containsString(HEADER)));

        // Imported and rolled back, so that the demo tree stays as it is for other tests.
        RegionImportReport report = transaction.execute(status -> {
            status.setRollbackOnly();
            try (var csv = new InputStreamReader(new ClassPathResource("region/sample-regions.csv").getInputStream(),
                    StandardCharsets.UTF_8)) {
                return regionImport.importCsv(csv, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(4);
    }

    private org.springframework.test.web.servlet.RequestBuilder upload(String csv) {
        return multipart("/admin/regions/import")
                .file(new MockMultipartFile("file", "regions.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(asAdmin());
    }

    private RequestPostProcessor asAdmin() {
        return sessions.signedIn(people.admin());
    }
}
