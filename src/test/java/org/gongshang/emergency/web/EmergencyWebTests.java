package org.gongshang.emergency.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.Optional;

import org.gongshang.emergency.Emergencies;
import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyCategory;
import org.gongshang.emergency.EmergencyListing;
import org.gongshang.emergency.EmergencyPhotos;
import org.gongshang.emergency.EmergencyReporting;
import org.gongshang.emergency.EmergencyRating;
import org.gongshang.emergency.EmergencyResolving;
import org.gongshang.emergency.EmergencyReview;
import org.gongshang.emergency.NewReview;
import org.gongshang.emergency.ReviewOutcome;
import org.gongshang.emergency.EmergencySimilarity;
import org.gongshang.emergency.EmergencyStatus;
import org.gongshang.emergency.EmergencyTriage;
import org.gongshang.emergency.EscalationLevel;
import org.gongshang.emergency.Milestones;
import org.gongshang.emergency.Place;
import org.gongshang.emergency.Rating;
import org.gongshang.emergency.Resolution;
import org.gongshang.emergency.Severity;
import org.gongshang.emergency.Target;
import org.gongshang.emergency.Timer;
import org.gongshang.emergency.Timers;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.support.WebSlice;
import org.gongshang.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The emergency pages and API in a web slice: what reaches the use cases, field errors and problem
 * details for bad and hostile input, and who is let in.
 */
@WebSliceTest({EmergencyPages.class, TriagePages.class, ReportPage.class, HandlingPages.class, ReviewPages.class,
        EmergencyApi.class, HandlingApi.class})
@Import({EventPage.class, EmergencyLabels.class, Actors.class, EmergencyWebConfiguration.class})
// Collaborators of the pages that these tests do not drive.
@MockitoBean(types = {EmergencyPhotos.class, EmergencySimilarity.class, Accounts.class})
class EmergencyWebTests {

    static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");
    static final Place PLACE = new Place("511702001001", "511702001001", "511702001000", "511702", "凤凰苑 3 栋", null, null);
    static final Emergency REPORTED = new Emergency(7, "凤凰苑地下车库被淹", "供水主管爆裂。", EmergencyCategory.UTILITIES,
            Severity.SERIOUS, EmergencyStatus.REPORTED, PLACE, NOW, 300, 1, Milestones.reported(NOW), EscalationLevel.COMMUNITY,
            null, null, null, null, null, null, null, null);
    static final Emergency OPEN = new Emergency(9, "凤凰苑地下车库被淹", "供水主管爆裂。", EmergencyCategory.UTILITIES,
            Severity.MAJOR, EmergencyStatus.OPEN, PLACE, NOW, 300, 1, Milestones.reported(NOW).confirmed(NOW),
            EscalationLevel.COMMUNITY, 1L, null, null, null, null, null, null, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Emergencies emergencies;
    @MockitoBean
    EmergencyReporting reporting;
    @MockitoBean
    EmergencyTriage triage;
    @MockitoBean
    EmergencyResolving resolving;
    @MockitoBean
    EmergencyRating rating;
    @MockitoBean
    Timers timers;
    @MockitoBean
    EmergencyReview review;
    @MockitoBean
    Regions regions;

    @BeforeEach
    void anEvent() {
        when(emergencies.get(eq(7L), any())).thenReturn(REPORTED);
        when(emergencies.get(eq(9L), any())).thenReturn(OPEN);
        when(triage.confirm(eq(7L), any(), any())).thenReturn(REPORTED);
        when(emergencies.get(eq(8L), any())).thenThrow(DomainException.notFound("emergency.unknown", 8L));
        when(emergencies.mayHandle(any(), any())).thenReturn(true);
        when(emergencies.handlesSomewhere(any())).thenReturn(true);
        when(regions.find("511702001001")).thenReturn(Optional.of(
                new Region("511702001001", "凤凰山社区", RegionLevel.COMMUNITY, "511702001000", true)));
        when(regions.find("511702001000")).thenReturn(Optional.of(
                new Region("511702001000", "东城街道", RegionLevel.TOWNSHIP, "511702", true)));
    }

    @Test
    void theDeskListsOpenEventsWithTheirPlaceForACadre() throws Exception {
        when(emergencies.desk(any(), any())).thenReturn(List.of(new EmergencyListing(7, "凤凰苑地下车库被淹",
                EmergencyCategory.UTILITIES, Severity.MAJOR, EmergencyStatus.OPEN, "511702001001", "511702001001",
                "511702001000", "511702", NOW, NOW, null, null, null, null, EscalationLevel.COMMUNITY, null, null)));

        mvc.perform(get("/emergencies").with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"desk-table\""), containsString("凤凰苑地下车库被淹"),
                        containsString("东城街道 凤凰山社区"), containsString("severity-MAJOR"))));
    }

    @Test
    void aResidentsReportShowsTheCadreTheFormsToConfirmDeclineOrMerge() throws Exception {
        mvc.perform(get("/emergencies/7").with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"triage\""), containsString("id=\"merge\""),
                        containsString("action=\"/emergencies/7/confirm\""))));
    }

    @Test
    void theEventPageShowsItsTimersInWordsAndTheResolutionFormToAHandler() throws Exception {
        Emergency open = OPEN;
        Instant due = Instant.now().plusSeconds(7230);
        when(timers.of(eq(open), any(Instant.class))).thenReturn(List.of(
                new Timer(Target.FIRST_RESPONSE, NOW, due, due, null, Timer.State.RUNNING)));

        mvc.perform(get("/emergencies/9").with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-target=\"FIRST_RESPONSE\""),
                        containsString("还剩 2 小时 0 分"), containsString("id=\"resolve\""), containsString("id=\"respond\""),
                        not(containsString("id=\"rating\"")))));
    }

    @Test
    void aResolutionWithoutSummaryComesBackAtItsFieldAndARatingIsPassedOn() throws Exception {
        when(resolving.resolve(eq(9L), any(), any(), any()))
                .thenThrow(DomainException.invalidField("summary", "emergency.resolution.summary", 2000));
        when(rating.rate(eq(7L), any(), any(), any())).thenReturn(new Rating(1, Satisfaction.SATISFIED, null, NOW));

        mvc.perform(post("/emergencies/9/resolve").param("summary", "").param("handledBy", "抢修队").with(csrf())
                        .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请说明做了什么")));
        mvc.perform(post("/emergencies/7/rating").param("satisfaction", "SATISFIED").with(csrf()).with(WebSlice.as(Role.RESIDENT)))
                .andExpect(redirectedUrl("/emergencies/7"));
        verify(rating).rate(eq(7L), eq(Satisfaction.SATISFIED), eq(""), any());
    }

    @Test
    void aResponseWithAHugeOrTextualIdIsRefusedBeforeTheUseCase() throws Exception {
        mvc.perform(post("/api/v1/emergencies/abc/responses").contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"到场\"}")
                        .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/emergencies/7/rating").contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 3}")
                        .with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isBadRequest());
        verify(resolving, never()).respond(anyLong(), any(), any());
        verify(rating, never()).rate(anyLong(), any(), any(), any());
    }

    @Test
    void aResolvedEventShowsStaffTheReviewFormPreFilledAndTheQueueIsTheirs() throws Exception {
        Emergency resolved = new Emergency(10, "凤凰苑供水管网爆裂", "供水主管爆裂，地下车库积水。", EmergencyCategory.UTILITIES,
                Severity.MAJOR, EmergencyStatus.RESOLVED, PLACE, NOW, 300, 1, Milestones.reported(NOW).resolved(NOW),
                EscalationLevel.COMMUNITY, 1L, null, null, null, null,
                new Resolution("更换破裂管段", "自来水公司", NOW, 1), null, null);
        when(emergencies.get(eq(10L), any())).thenReturn(resolved);
        when(emergencies.mayReview(any(), any())).thenReturn(true);

        mvc.perform(get("/emergencies/10").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"review\""), containsString("处置情况：更换破裂管段"))));
        mvc.perform(get("/emergencies/reviews").with(WebSlice.as(3L, "511702", Role.STAFF))).andExpect(status().isOk());
        mvc.perform(get("/emergencies/reviews").with(WebSlice.as(5L, "511702001001", Role.CADRE))).andExpect(status().isForbidden());
    }

    @Test
    void aReviewIsPassedOnAndATamperedOutcomeIsABadRequest() throws Exception {
        when(review.review(eq(9L), any(), any())).thenReturn(OPEN);

        mvc.perform(post("/emergencies/9/review").param("outcome", "ONE_OFF").param("reason", "偶发").with(csrf())
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(redirectedUrl("/emergencies/9"));
        verify(review).review(eq(9L), eq(new NewReview(ReviewOutcome.ONE_OFF, "偶发", null, null)), any());
        mvc.perform(post("/api/v1/emergencies/9/review").contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"MAYBE\"}")
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void anEventOneMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/emergencies/8").with(WebSlice.as(Role.RESIDENT))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/emergencies/8").with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("emergency.unknown"));
    }

    @Test
    void aDeclineWithoutReasonComesBackAtItsFieldAndConfirmRedirectsToTheEvent() throws Exception {
        when(triage.decline(eq(7L), eq(""), any()))
                .thenThrow(DomainException.invalidField("reason", "emergency.decline.reason", 500));

        mvc.perform(post("/emergencies/7/decline").param("reason", "").with(csrf())
                        .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/emergencies/7/confirm").param("severity", "MAJOR").with(csrf())
                        .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/emergencies/7"));
        verify(triage).confirm(eq(7L), eq(Severity.MAJOR), any());
    }

    @Test
    void aTamperedSeverityOnTheConfirmFormIsABadRequestNotAnError() throws Exception {
        mvc.perform(post("/emergencies/7/confirm").param("severity", "APOCALYPSE").with(csrf())
                        .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isBadRequest());
        verify(triage, never()).confirm(anyLong(), any(), any());
    }

    @Test
    void theReportFormShowsTheProblemsOfAReportAtTheirFields() throws Exception {
        when(reporting.report(any(), any(), any())).thenThrow(DomainException.invalidFields(List.of(
                new FieldProblem("title", "emergency.title.invalid", 4, 60))));

        mvc.perform(post("/emergencies/report").param("title", "水").param("description", "x")
                        .param("category", "UTILITIES").param("severity", "MINOR").param("regionCode", "511702001001")
                        .with(csrf()).with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void wrongTypesAndHugeNumbersInTheApiAreProblemDetailsAtTheirField() throws Exception {
        for (String body : List.of("{\"title\": \"水管爆裂\", \"peopleAffected\": \"many\"}",
                "{\"title\": \"水管爆裂\", \"peopleAffected\": 99999999999999999999}",
                "{\"title\": \"水管爆裂\", \"severity\": \"APOCALYPSE\"}")) {
            mvc.perform(post("/api/v1/emergencies").contentType(MediaType.APPLICATION_JSON).content(body)
                            .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verify(reporting, never()).report(any(), any(), any());
    }

    @Test
    void aMergeWithoutTargetAndAHugeIdAreRefusedAsProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/emergencies/7/merge").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intoId"));
        mvc.perform(get("/api/v1/emergencies/99999999999999999999").with(WebSlice.as(5L, "511702001001", Role.CADRE)))
                .andExpect(status().is4xxClientError());
        verify(triage, never()).merge(anyLong(), anyLong(), any());
    }

    @Test
    void strangersAreSentToLogInButTheResolvedListIsPublic() throws Exception {
        mvc.perform(get("/api/v1/emergencies")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/emergencies").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/emergencies/report")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/emergencies/resolved")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"desk\""))));
    }

    @Test
    void aResidentHasNoDesk() throws Exception {
        when(emergencies.handlesSomewhere(any())).thenReturn(false);

        mvc.perform(get("/api/v1/emergencies").with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("emergency.not-handler"));
    }
}
