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
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisations admin page; new organisations go into 万源市 (511781). */
@GongshangTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationAdminPageTests {

    @Autowired
    org.gongshang.support.Flash flashed;

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Organizations organizations;

    @Autowired
    OrganizationRegistration registration;

    RequestPostProcessor admin;

    @BeforeAll
    void signIn() {
        admin = sessions.signedIn(people.admin());
    }

    @Test
    void theListIsFilteredByTypeAndRegionAndBelow() throws Exception {
        mvc.perform(get("/admin/organizations").param("type", "CPPCC").param("region", "511702").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("通川区政协"), containsString("通川区政协东城联络组"),
                        not(containsString("达州市政协")), not(containsString("东城街道办事处")))));
    }

    @Test
    void anUnknownRegionFilterIsShownNextToTheField() throws Exception {
        mvc.perform(get("/admin/organizations").param("region", "999999").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("没有代码为 999999 的行政区划。"),
                        containsString("id=\"filter-region-problem\""))));
    }

    @Test
    void anHtmxFilterAnswersWithTheListAlone() throws Exception {
        mvc.perform(get("/admin/organizations").param("region", "511703").header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"organizations\""), containsString("达川区政协"),
                        not(containsString("<html")))));
    }

    @Test
    void anHtmxFilterWithAnUnknownRegionShowsTheProblemInItsFormWithA200() throws Exception {
        mvc.perform(get("/admin/organizations").param("region", "999999").header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"filter-region-problem\""),
                        containsString("没有代码为 999999 的行政区划。"), not(containsString("<html")))));
    }

    @Test
    void anAddedOrganizationAppearsInItsRegion() throws Exception {
        long cppcc = organizations.findByName("万源市政协", "511781").orElseThrow().id();

        mvc.perform(post("/admin/organizations").with(csrf()).with(admin).param("name", "万源市政协第一联络组")
                        .param("type", "CPPCC").param("regionCode", "511781").param("parentId", String.valueOf(cppcc)))
                .andExpect(redirectedUrl("/admin/organizations?region=511781"))
                .andExpect(flashed.notice("已保存“万源市政协第一联络组”。"));

        Organization added = organizations.findByName("万源市政协第一联络组", "511781").orElseThrow();
        assertThat(added.type()).isEqualTo(OrganizationType.CPPCC);
        assertThat(added.parentId()).isEqualTo(cppcc);
    }

    @Test
    void missingTypeAndUnknownRegionAreShownNextToTheirFieldsWithTheInputKept() throws Exception {
        mvc.perform(post("/admin/organizations").with(csrf()).with(admin)
                        .param("name", "万源市某协会").param("type", "").param("regionCode", "511799"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请选择组织类型。"), containsString("没有代码为 511799 的行政区划。"),
                        containsString("value=\"万源市某协会\""), containsString("value=\"511799\""),
                        containsString("id=\"org-type-problem\""))));
        assertThat(organizations.findByName("万源市某协会", "511799")).isEmpty();
    }

    @Test
    void aDuplicateNameInTheSameRegionIsRefusedInEnglishToo() throws Exception {
        mvc.perform(post("/admin/organizations").with(csrf()).with(admin).param("lang", "en")
                        .param("name", "万源市政协").param("type", "CPPCC").param("regionCode", "511781"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is already an organisation called &quot;万源市政协&quot; in this region.")));
    }

    @Test
    void theEditFormOffersParentsFromTheRegionAndAboveAndSavesChanges() throws Exception {
        Organization association = registration.register(new OrganizationDetails("万源市文化志愿者协会", OrganizationType.SOCIAL_ORGANIZATION, "511781", null), null);

        mvc.perform(get("/admin/organizations/{id}", association.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"万源市文化志愿者协会\""),
                        containsString("达州市志愿者协会 (511700)"), containsString("万源市政协 (511781)"),
                        not(containsString("通川区政协 (511702)")))));

        long parent = organizations.findByName("达州市志愿者协会", "511700").orElseThrow().id();
        mvc.perform(post("/admin/organizations/{id}", association.id()).with(csrf()).with(admin)
                        .param("name", "万源市文化志愿服务协会").param("type", "SOCIAL_ORGANIZATION")
                        .param("regionCode", "511781").param("parentId", String.valueOf(parent)))
                .andExpect(redirectedUrl("/admin/organizations?region=511781"));

        Organization saved = organizations.get(association.id());
        assertThat(saved.name()).isEqualTo("万源市文化志愿服务协会");
        assertThat(saved.parentId()).isEqualTo(parent);
    }

    @Test
    void anOrganizationCannotBelongToOneOfItsOwnMembers() throws Exception {
        Organization top = registration.register(new OrganizationDetails("万源市政协学习组", OrganizationType.CPPCC, "511781", null), null);
        Organization below = registration.register(new OrganizationDetails("万源市政协学习小组", OrganizationType.CPPCC, "511781", top.id()), null);

        mvc.perform(post("/admin/organizations/{id}", top.id()).with(csrf()).with(admin)
                        .param("name", "万源市政协学习组").param("type", "CPPCC").param("regionCode", "511781")
                        .param("parentId", String.valueOf(below.id())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("上级组织不能是该组织自己的下级组织。")));
        assertThat(organizations.get(top.id()).parentId()).isNull();
    }

    @Test
    void deactivatingAndReactivatingKeepsTheListsFilter() throws Exception {
        Organization club = registration.register(new OrganizationDetails("万源市老年协会", OrganizationType.SOCIAL_ORGANIZATION, "511781", null), null);

        mvc.perform(post("/admin/organizations/{id}/active", club.id()).with(csrf()).with(admin)
                        .param("active", "false").param("type", "SOCIAL_ORGANIZATION").param("region", "511781"))
                .andExpect(redirectedUrl("/admin/organizations?type=SOCIAL_ORGANIZATION&region=511781"))
                .andExpect(flashed.notice("已停用“万源市老年协会”。"));
        assertThat(organizations.get(club.id()).active()).isFalse();
        assertThat(organizations.list(null, "511781")).extracting(Organization::name).doesNotContain("万源市老年协会");

        mvc.perform(post("/admin/organizations/{id}/active", club.id()).with(csrf()).with(admin).param("active", "true"))
                .andExpect(redirectedUrl("/admin/organizations"));
        assertThat(organizations.get(club.id()).active()).isTrue();
    }

    @Test
    void theParentChoicesFollowTheRegionTyped() throws Exception {
        mvc.perform(get("/admin/organizations/parents").param("regionCode", "511702001000").header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"org-parent\""), containsString("通川区政协 (511702)"),
                        containsString("东城街道办事处 (511702001000)"), not(containsString("达川区政协")),
                        not(containsString("<html")))));
    }
}
