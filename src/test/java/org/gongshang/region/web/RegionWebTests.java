package org.gongshang.region.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Role;
import org.gongshang.region.OrganizationRegistration;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.RegionImport;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.RegionMaintenance;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.support.WebSlice;
import org.gongshang.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The region pages and API in a web slice: what reaches the use cases, what comes back as field
 * errors and problem details, and who is let in, with the project's security configuration.
 */
@WebSliceTest({RegionAdminPage.class, OrganizationAdminPage.class, RegionApi.class, OrganizationApi.class})
@Import(RegionPublicPaths.class)
class RegionWebTests {

    static final Region CITY = new Region("511700", "达州市", RegionLevel.CITY, null, true);
    static final Region DISTRICT = new Region("511702", "通川区", RegionLevel.DISTRICT, "511700", true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Regions regions;

    @MockitoBean
    RegionMaintenance maintenance;

    @MockitoBean
    RegionImport regionImport;

    @MockitoBean
    Organizations organizations;

    @MockitoBean
    OrganizationRegistration registration;

    @BeforeEach
    void tree() {
        when(regions.roots()).thenReturn(List.of(CITY));
        when(regions.find("511702")).thenReturn(Optional.of(DISTRICT));
        when(regions.get("511702")).thenReturn(DISTRICT);
        when(regions.get("511700")).thenReturn(CITY);
        when(regions.lineage("511702")).thenReturn(List.of(CITY, DISTRICT));
        when(regions.childrenIncludingInactive("511702")).thenReturn(List.of());
    }

    @Test
    void theTopOfTheTreeIsAFullPageForAnAdmin() throws Exception {
        mvc.perform(get("/admin/regions").with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("达州市"),
                        containsString("添加市级区划"))));
    }

    @Test
    void aResidentMayNotSeeTheAdminPage() throws Exception {
        mvc.perform(get("/admin/regions").with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNameTooLongIsRefusedAtItsFieldBeforeTheUseCaseIsAsked() throws Exception {
        mvc.perform(post("/admin/regions/511702/name").with(csrf()).with(WebSlice.as(Role.ADMIN)).param("name", "名".repeat(61)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写名称（最多 60 个字）。"),
                        containsString("id=\"rename-name-problem\""), containsString("aria-invalid=\"true\""))));
        verify(maintenance, never()).rename(anyString(), anyString(), any());
    }

    @Test
    void aRuleRefusedByTheUseCaseIsShownAtItsFieldWithTheInputKept() throws Exception {
        when(maintenance.addBelow(eq("511702"), eq("511799001000"), eq("错号街道"), any()))
                .thenThrow(DomainException.invalidField("code", "region.code.prefix", "511702"));

        mvc.perform(post("/admin/regions").with(csrf()).with(WebSlice.as(Role.ADMIN))
                        .param("parentCode", "511702").param("code", "511799001000").param("name", "错号街道"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("代码应以上级代码的前几位 511702 开头"),
                        containsString("id=\"new-code-problem\""), containsString("value=\"错号街道\""))));
    }

    @Test
    void aSuccessRedirectsWithANotice() throws Exception {
        when(maintenance.rename(eq("511702"), eq("通川区（新）"), any()))
                .thenReturn(new Region("511702", "通川区（新）", RegionLevel.DISTRICT, "511700", true));

        mvc.perform(post("/admin/regions/511702/name").with(csrf()).with(WebSlice.as(Role.ADMIN)).param("name", "通川区（新）"))
                .andExpect(redirectedUrl("/admin/regions?code=511702"));
    }

    @Test
    void anHtmxFilterWithAnUnknownRegionAnswers200WithTheProblemInTheFragment() throws Exception {
        when(organizations.listing(any(), eq("999999")))
                .thenThrow(DomainException.invalidField("region", "region.unknown", "999999"));

        mvc.perform(get("/admin/organizations").param("region", "999999").header("HX-Request", "true")
                        .with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"filter-region-problem\""),
                        containsString("没有代码为 999999 的行政区划。"), not(containsString("<html")))));
    }

    @Test
    void aTamperedTypeIsShownAtItsFieldNotAsAnErrorPage() throws Exception {
        mvc.perform(post("/admin/organizations").with(csrf()).with(WebSlice.as(Role.ADMIN))
                        .param("name", "某协会").param("type", "NO_SUCH_TYPE").param("regionCode", "511702"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"org-type-problem\""), containsString("格式不正确"),
                        containsString("value=\"某协会\""))));
        verify(registration, never()).register(any(), any());
    }

    @Test
    void aRegionIsPublicJson() throws Exception {
        when(regions.get("511702")).thenReturn(DISTRICT);

        mvc.perform(get("/api/v1/regions/511702"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("511702"))
                .andExpect(jsonPath("$.name").value("通川区"))
                .andExpect(jsonPath("$.level").value("DISTRICT"))
                .andExpect(jsonPath("$.parentCode").value("511700"))
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void addingARegionOverTheApiNeedsAnAdmin() throws Exception {
        String body = """
                {"code": "511702003000", "name": "北外街道", "level": "TOWNSHIP", "parentCode": "511702"}""";
        mvc.perform(post("/api/v1/regions").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/regions").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(WebSlice.as(5L, "511702", Role.STAFF)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(maintenance, never()).add(any(), any());
    }

    @Test
    void missingFieldsAndAWrongLevelAreProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/regions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"code\": \"511702003000\"}").with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Please give a name."))
                .andExpect(jsonPath("$.errors[?(@.field == 'level')].message").value(
                        "Please give the level: CITY, DISTRICT, TOWNSHIP, COMMUNITY or GRID."));

        mvc.perform(post("/api/v1/regions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"code\": \"511702003000\", \"name\": \"北外街道\", \"level\": \"VILLAGE\"}")
                        .with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        verify(maintenance, never()).add(any(), any());
    }

    @Test
    void anOrganizationTypeFilterOfTheWrongTypeIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("type", "NO_SUCH_TYPE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        verify(organizations, never()).list(any(OrganizationType.class), any());
    }

    @Test
    void twoChangesOfTheSameVersionAnswer409NotAnError() throws Exception {
        when(maintenance.rename(eq("511702"), any(), any())).thenThrow(new OptimisticLockingFailureException("stale"));

        mvc.perform(post("/admin/regions/511702/name").with(csrf()).with(WebSlice.as(Role.ADMIN)).param("name", "通川区"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("刚被其他人修改过")));
        when(regions.get("511702")).thenReturn(DISTRICT);
        mvc.perform(patch("/api/v1/regions/511702").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"通川区\"}")
                        .with(csrf()).with(WebSlice.as(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.changed-meanwhile"));
    }
}
