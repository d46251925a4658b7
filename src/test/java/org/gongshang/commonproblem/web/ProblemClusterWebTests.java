package org.gongshang.commonproblem.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.gongshang.commonproblem.ClusterEscalated;
import org.gongshang.commonproblem.ClusterEscalation;
import org.gongshang.commonproblem.ProblemCluster;
import org.gongshang.commonproblem.ProblemClusters;
import org.gongshang.commonproblem.ProblemRegions;
import org.gongshang.commonproblem.ProblemSource;
import org.gongshang.commonproblem.ProblemSources;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.support.WebSlice;
import org.gongshang.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The common-problem pages and API in a web slice: the table by district, a group's sources, the raise form, refusals. */
@WebSliceTest({CommonProblemPages.class, ProblemClusterApi.class})
@Import(Actors.class)
class ProblemClusterWebTests {

    static final Region TONGCHUAN = new Region("511702", "通川区", RegionLevel.DISTRICT, "511700", true);
    static final ProblemCluster ELEVATOR = new ProblemCluster(7, "老旧小区加装电梯难", 4, 3, 25,
            List.of(new ProblemCluster.District("511702", "通川区", 4, 3)), null);
    static final ProblemSource SOURCE = new ProblemSource("topic", 12, "我们小区希望装电梯", "511702001001", "凤凰山社区", 9,
            Instant.parse("2026-11-02T02:00:00Z"), "/topics/12");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProblemClusters clusters;
    @MockitoBean
    ProblemRegions regions;
    @MockitoBean
    ClusterEscalation escalation;
    @MockitoBean
    ProblemSources sources;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    Regions regionTree;

    @BeforeEach
    void problems() {
        when(clusters.common(any(), isNull())).thenReturn(List.of(ELEVATOR));
        when(clusters.get(eq(7L), any())).thenReturn(ELEVATOR);
        when(clusters.sources(eq(7L), any())).thenReturn(List.of(SOURCE));
        when(regions.districts(any())).thenReturn(List.of(TONGCHUAN));
        when(regions.escalationRegions(any())).thenReturn(List.of(TONGCHUAN));
    }

    @Test
    void staffSeeTheProblemsWithTheirCountsAndTilesByDistrict() throws Exception {
        mvc.perform(get("/common-problems").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("老旧小区加装电梯难"), containsString("<td>3</td>"),
                        containsString("<td>25</td>"), containsString("通川区 4"), containsString("class=\"tile wl\""),
                        containsString("href=\"/common-problems/7\""))));
    }

    @Test
    void aProblemShowsItsSourcesAndTheFormToRaiseIt() throws Exception {
        mvc.perform(get("/common-problems/7").with(WebSlice.as(3L, "511702", Role.STAFF)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/topics/12\""), containsString("凤凰山社区"),
                        containsString("Raise as a CPPCC topic"), containsString("value=\"老旧小区加装电梯难\""),
                        containsString("action=\"/common-problems/7/escalation\""))));
    }

    @Test
    void raisingGoesToTheNewTopicAndARefusalStaysOnTheFormAtItsField() throws Exception {
        when(escalation.escalate(eq(7L), any(), any())).thenReturn(new ClusterEscalated(7, 99, "511702", 3, List.of("topic:12")));
        mvc.perform(post("/common-problems/7/escalation").with(WebSlice.as(3L, "511702", Role.STAFF)).with(csrf())
                        .param("title", "老旧小区加装电梯难").param("category", "SOCIETY").param("regionCode", "511702"))
                .andExpect(redirectedUrl("/topics/99"));

        when(escalation.escalate(eq(7L), any(), any()))
                .thenThrow(DomainException.invalidField("regionCode", "common-problem.region.no-sources"));
        mvc.perform(post("/common-problems/7/escalation").with(WebSlice.as(3L, "511702", Role.STAFF)).with(csrf())
                        .param("title", "老旧小区加装电梯难").param("category", "SOCIETY").param("regionCode", "511702"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("这个区域内没有该问题的来源。")));
    }

    @Test
    void aTamperedCategoryOrAnOverlongTitleIsShownOnTheFormAndNothingIsRaised() throws Exception {
        mvc.perform(post("/common-problems/7/escalation").with(WebSlice.as(3L, "511702", Role.STAFF)).with(csrf())
                        .param("title", "题".repeat(300)).param("category", "NOPE").param("regionCode", "511702"))
                .andExpect(status().isBadRequest());
        verify(escalation, never()).escalate(eq(7L), any(), any());
    }

    @Test
    void theApiListsTheProblemsAndRefusesStrangers() throws Exception {
        mvc.perform(get("/api/v1/common-problems/clusters").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("老旧小区加装电梯难"))
                .andExpect(jsonPath("$[0].districts[0].communities").value(3));
        mvc.perform(get("/api/v1/common-problems/clusters").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
        when(clusters.common(any(), eq("511703"))).thenThrow(DomainException.forbidden("common-problem.staff-only"));
        mvc.perform(get("/api/v1/common-problems/clusters").param("district", "511703")
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isForbidden());
    }
}
