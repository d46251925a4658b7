package org.gongshang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The region admin page; new regions go below 开江县 (511723), which has none in the demo data. */
@GongshangTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionAdminPageTests {

    @Autowired
    org.gongshang.support.Flash flashed;

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

    Person admin;

    @BeforeAll
    void signIn() {
        admin = people.admin();
    }

    @Test
    void theTopOfTheTreeListsTheCitiesWithAFormToAddOne() throws Exception {
        mvc.perform(get("/admin/regions").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("达州市"), containsString("511700"),
                        containsString("添加市级区划"))));
    }

    @Test
    void aRegionShowsItsLineageAsBreadcrumbsAndTheRegionsBelowIt() throws Exception {
        mvc.perform(get("/admin/regions").param("code", "511702001000").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/admin/regions?code=511700\""), containsString("href=\"/admin/regions?code=511702\""),
                        containsString("东城街道"), containsString("凤凰山社区"), containsString("滨河社区"),
                        containsString("新区划的层级为“社区/村”，代码为 12 位数字"))));
    }

    @Test
    void aChildRegionTakesTheLevelBelowItsParent() throws Exception {
        mvc.perform(post("/admin/regions").with(csrf()).with(asAdmin())
                        .param("parentCode", "511723").param("code", "511723001000").param("name", "新宁镇"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/regions?code=511723"))
                .andExpect(flashed.notice("已添加区划 511723001000 新宁镇。"));

        Region added = regions.get("511723001000");
        assertThat(added.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(added.parentCode()).isEqualTo("511723");
    }

    @Test
    void aCodeWithoutItsParentsDigitsIsShownNextToTheFieldWithTheInputKept() throws Exception {
        mvc.perform(post("/admin/regions").with(csrf()).with(asAdmin())
                        .param("parentCode", "511723").param("code", "511799002000").param("name", "错号镇"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("代码应以上级代码的前几位 511723 开头"),
                        containsString("value=\"511799002000\""), containsString("value=\"错号镇\""),
                        containsString("aria-invalid=\"true\""))));
        assertThat(regions.find("511799002000")).isEmpty();
    }

    @Test
    void problemsAreTranslatedForEnglishReaders() throws Exception {
        mvc.perform(post("/admin/regions").with(csrf()).with(asAdmin()).param("lang", "en")
                        .param("parentCode", "511723").param("code", "5117230030").param("name", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("The code must be 12 digits."),
                        containsString("Please give a name (at most 60 characters)."))));
    }

    @Test
    void renamingChangesTheNameAndABlankNameIsRefusedNextToTheField() throws Exception {
        maintenance.add(new NewRegion("511723004000", "讲治镇", RegionLevel.TOWNSHIP, "511723"), null);

        mvc.perform(post("/admin/regions/511723004000/name").with(csrf()).with(asAdmin()).param("name", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写名称（最多 60 个字）"),
                        containsString("id=\"rename-name-problem\""))));
        assertThat(regions.get("511723004000").name()).isEqualTo("讲治镇");

        mvc.perform(post("/admin/regions/511723004000/name").with(csrf()).with(asAdmin()).param("name", "讲治镇（新）"))
                .andExpect(redirectedUrl("/admin/regions?code=511723004000"))
                .andExpect(flashed.notice("已改名。"));
        assertThat(regions.get("511723004000").name()).isEqualTo("讲治镇（新）");
    }

    @Test
    void deactivatingDeactivatesEverythingBelowAndAChildComesBackOnlyAfterItsParent() throws Exception {
        maintenance.add(new NewRegion("511723005000", "甘棠镇", RegionLevel.TOWNSHIP, "511723"), null);
        maintenance.add(new NewRegion("511723005001", "甘棠社区", RegionLevel.COMMUNITY, "511723005000"), null);

        mvc.perform(post("/admin/regions/511723005000/active").with(csrf()).with(asAdmin()).param("active", "false"))
                .andExpect(redirectedUrl("/admin/regions?code=511723"));
        assertThat(regions.get("511723005000").active()).isFalse();
        assertThat(regions.get("511723005001").active()).isFalse();

        mvc.perform(post("/admin/regions/511723005001/active").with(csrf()).with(asAdmin()).param("active", "true"))
                .andExpect(redirectedUrl("/admin/regions?code=511723005000"))
                .andExpect(flashed.error("上级区划 511723005000 已停用，请先启用上级区划。"));
        assertThat(regions.get("511723005001").active()).isFalse();

        mvc.perform(post("/admin/regions/511723005000/active").with(csrf()).with(asAdmin()).param("active", "true"));
        mvc.perform(post("/admin/regions/511723005001/active").with(csrf()).with(asAdmin()).param("active", "true"));
        assertThat(regions.get("511723005001").active()).isTrue();
    }

    @Test
    void nothingCanBeAddedBelowAGrid() throws Exception {
        mvc.perform(get("/admin/regions").param("code", "511702001001001").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"code\""))));

        mvc.perform(post("/admin/regions").with(csrf()).with(asAdmin())
                        .param("parentCode", "511702001001001").param("code", "511702001001001001").param("name", "楼栋"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("网格下不能再添加区划")));
    }

    @Test
    void anUnknownRegionIsA404Page() throws Exception {
        mvc.perform(get("/admin/regions").param("code", "999999").with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有代码为 999999 的行政区划。")));
    }

    private RequestPostProcessor asAdmin() {
        return sessions.signedIn(admin);
    }
}
