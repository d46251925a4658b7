package org.gongshang.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.quality.EvaluationClosing;
import org.gongshang.quality.EvaluationStatus;
import org.gongshang.quality.Evaluations;
import org.gongshang.quality.Evidence;
import org.gongshang.quality.Grade;
import org.gongshang.quality.Indicator;
import org.gongshang.quality.IndicatorResult;
import org.gongshang.quality.IndicatorSet;
import org.gongshang.quality.IndicatorSetEditing;
import org.gongshang.quality.IndicatorSets;
import org.gongshang.quality.Measure;
import org.gongshang.quality.PanelAnswer;
import org.gongshang.quality.PanelAssessments;
import org.gongshang.quality.PanelSheet;
import org.gongshang.quality.PanelSummary;
import org.gongshang.quality.QualityAggregate;
import org.gongshang.quality.QualityAggregates;
import org.gongshang.quality.QualityEvaluation;
import org.gongshang.quality.internal.QualityAccess;
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

/**
 * The quality pages and API in a web slice: the report with its evidence and Word document, the forms'
 * error path, problem details, and who is let in.
 */
@WebSliceTest({ReportPages.class, PanelPages.class, IndicatorSetPages.class, QualityPages.class, EvaluationApi.class,
        PanelApi.class})
@Import(Actors.class)
class QualityWebTests {

    static final QualityEvaluation EVALUATION = new QualityEvaluation(5, "学校门口接送秩序怎么管", "511702", 3,
            ConsultationKind.CPPCC_MICRO, ConsultationForm.OFFLINE, 2026, true, 1, EvaluationStatus.OPEN, 84.38, Grade.GOOD,
            List.of(new IndicatorResult(new Indicator(0, null, Measure.RESIDENT_ATTENDANCE, 40, 6, true), 50.0, 2.0, 4.0, 100.0,
                            List.of(Evidence.of("attendance.RESIDENT", "/consultations/5/roster", 2))),
                    new IndicatorResult(new Indicator(1, "群众满意", Measure.SATISFACTION_RATE, 85, 10, true), null, null, null,
                            null, List.of())),
            Instant.parse("2026-06-01T00:00:00Z"), null, 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Evaluations evaluations;
    @MockitoBean
    EvaluationClosing closing;
    @MockitoBean
    QualityAggregates aggregates;
    @MockitoBean
    PanelAssessments panel;
    @MockitoBean
    IndicatorSets sets;
    @MockitoBean
    IndicatorSetEditing editing;
    @MockitoBean
    QualityAccess access;
    @MockitoBean
    Regions regions;
    @MockitoBean
    Accounts accounts;

    @BeforeEach
    void anEvaluation() {
        when(evaluations.get(eq(5L), any())).thenReturn(EVALUATION);
        when(evaluations.mayManage(any(), any())).thenReturn(true);
        when(sets.organizationName(3)).thenReturn("通川区政协");
        when(panel.summary(eq(5L), any())).thenReturn(new PanelSummary(List.of("topic", "voice"), List.of(), List.of()));
    }

    @Test
    void theReportShowsEveryIndicatorWithItsEvidenceAndTheRadarChart() throws Exception {
        mvc.perform(get("/quality/consultations/5").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("class=\"scores\""),
                        containsString("群众代表到会占比"), containsString("50%"), containsString("40%"),
                        containsString("href=\"/consultations/5/roster\""), containsString("群众代表 2 人"),
                        containsString("群众满意"), containsString("84.4"), containsString("良好"),
                        containsString("完成评价并公开"), containsString("/quality/consultations/5/report.docx"))));
    }

    @Test
    void theWordDocumentHasTheTitleEveryGroupAndTheEvidence() throws Exception {
        byte[] docx = mvc.perform(get("/quality/consultations/5/report.docx").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("《学校门口接送秩序怎么管》协商质量评价报告", "参与结构", "群众满意", "群众代表 2 人",
                    "综合得分 84.4 分");
        }
    }

    @Test
    void someoneWhoMayNotSeeTheEvaluationGets403AndAStrangerTheLogin() throws Exception {
        when(evaluations.get(eq(6L), any())).thenThrow(DomainException.forbidden("quality.evaluation.not-yours"));

        mvc.perform(get("/quality/consultations/6").with(WebSlice.as(Role.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/consultations/5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/quality/evaluations/5"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void closingRedirectsWithANoticeAndARefusalComesBackAsAMessage() throws Exception {
        when(closing.close(eq(5L), any())).thenReturn(EVALUATION);
        mvc.perform(post("/quality/consultations/5/status").param("status", "CLOSED").with(csrf())
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(redirectedUrl("/quality/consultations/5"))
                .andExpect(flash().attribute("noticeKey", "quality.report.closed"));

        when(closing.close(eq(7L), any())).thenThrow(DomainException.conflict("quality.evaluation.nothing-measured"));
        mvc.perform(post("/quality/consultations/7/status").param("status", "CLOSED").with(csrf())
                        .with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(redirectedUrl("/quality/consultations/7"))
                .andExpect(flash().attribute("errorKey", "quality.evaluation.nothing-measured"));
    }

    @Test
    void theApiAnswersTheEvaluationWithTranslatedEvidenceAndConflictsAsProblems() throws Exception {
        mvc.perform(get("/api/v1/quality/evaluations/5").header("Accept-Language", "en").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("GOOD"))
                .andExpect(jsonPath("$.indicators[0].measure").value("RESIDENT_ATTENDANCE"))
                .andExpect(jsonPath("$.indicators[0].value").value(50.0))
                .andExpect(jsonPath("$.indicators[0].evidence[0].text").value("Residents: 2"))
                .andExpect(jsonPath("$.indicators[0].evidence[0].link").value("/consultations/5/roster"))
                .andExpect(jsonPath("$.indicators[1].value").doesNotExist());

        when(closing.close(eq(5L), any())).thenThrow(DomainException.conflict("quality.evaluation.closed-already"));
        mvc.perform(post("/api/v1/quality/evaluations/5/close").with(csrf()).with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("quality.evaluation.closed-already"));
    }

    @Test
    void anUnknownAggregateDimensionIsAProblemAtItsParameter() throws Exception {
        mvc.perform(get("/api/v1/quality/aggregates").param("by", "PLANET").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        verify(aggregates, never()).by(any(), any(), any());
    }

    @Test
    void aScoreOutOfRangeIsShownAtItsQuestionWithTheOtherAnswersKept() throws Exception {
        when(panel.sheet(eq(41L), any())).thenReturn(new PanelSheet(41, 5, "学校门口接送秩序怎么管", List.of("topic", "voice"), true,
                null, List.of(), List.of()));
        when(panel.answer(eq(41L), any(), any())).thenThrow(DomainException.invalidFields(List.of(
                new DomainException.FieldProblem("scores[voice]", "quality.panel.score-range"))));

        mvc.perform(post("/quality/assessments/41").with(csrf()).with(WebSlice.as(Role.RESIDENT))
                        .param("scores[topic]", "4").param("comments[topic]", "切口小").param("scores[voice]", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请为此题打 1–5 分。"), containsString("切口小"),
                        containsString("id=\"q-voice-problem\""))));
    }

    @Test
    void aScoreThatIsNoNumberIsRefusedBeforeTheUseCaseIsAsked() throws Exception {
        when(panel.sheet(eq(41L), any())).thenReturn(new PanelSheet(41, 5, "学校门口接送秩序怎么管", List.of("topic"), true, null,
                List.of(), List.of()));

        mvc.perform(post("/quality/assessments/41").with(csrf()).with(WebSlice.as(Role.RESIDENT)).param("scores[topic]", "很好"))
                .andExpect(status().isBadRequest());
        verify(panel, never()).answer(anyLong(), any(), any());
    }

    @Test
    void anIndicatorWithATargetTheUnitCannotReachIsRefusedAtTheTarget() throws Exception {
        when(sets.get(eq(1L), any())).thenReturn(new IndicatorSet(1, 3, "511702", 2026, List.of(), 0));
        when(editing.add(eq(1L), any(), any())).thenThrow(DomainException.invalidFields(List.of(
                new DomainException.FieldProblem("target", "quality.indicator.target-range", "0", "100"))));

        mvc.perform(post("/quality/indicator-sets/1/indicators").with(csrf()).with(WebSlice.as(3L, "511702", Role.STAFF))
                        .param("measure", "SATISFACTION_RATE").param("target", "120").param("weight", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("目标值须在 0–100 之间。"), containsString("id=\"new-target-problem\""),
                        containsString("value=\"120.0\""))));
    }

    @Test
    void aTamperedMeasureIsAFieldProblemNotAnErrorPage() throws Exception {
        when(sets.get(eq(1L), any())).thenReturn(new IndicatorSet(1, 3, "511702", 2026, List.of(), 0));

        mvc.perform(post("/quality/indicator-sets/1/indicators").with(csrf()).with(WebSlice.as(3L, "511702", Role.STAFF))
                        .param("measure", "NO_SUCH_MEASURE").param("target", "1").param("weight", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Whitelabel"))));
        verify(editing, never()).add(anyLong(), any(), any());
    }

    @Test
    void anAssessmentOverTheApiWithoutAnswersIsAProblemAndARangeProblemNamesTheQuestion() throws Exception {
        mvc.perform(post("/api/v1/quality/assessments/41").with(csrf()).with(WebSlice.as(Role.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        when(panel.answer(eq(41L), any(), any())).thenThrow(DomainException.invalidFields(List.of(
                new DomainException.FieldProblem("scores[topic]", "quality.panel.score-range"))));
        mvc.perform(post("/api/v1/quality/assessments/41").with(csrf()).with(WebSlice.as(Role.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"topic\": {\"score\": 7}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[topic]"));
        verify(panel).answer(eq(41L), eq(Map.of("topic", new PanelAnswer(7, null))), any());
    }

    @Test
    void theHomeShowsEachRollUpWithItsGradesAndWeakestIndicators() throws Exception {
        when(access.districts(any())).thenReturn(Set.of("511702"));
        when(regions.find("511702")).thenReturn(Optional.of(new Region("511702", "通川区", RegionLevel.DISTRICT, "511700", true)));
        when(aggregates.by(eq(QualityAggregate.By.DISTRICT), any(), any())).thenReturn(List.of(new QualityAggregate("511702",
                "通川区", 3, 3, 82.5, Map.of(Grade.GOOD, 2, Grade.EXCELLENT, 1),
                List.of(new QualityAggregate.WeakIndicator(Measure.SATISFACTION_RATE, 40.0, 2)))));

        mvc.perform(get("/quality").with(WebSlice.as(3L, "511702", Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("82.5"), containsString("<td>2</td>"),
                        containsString("<td>0</td>"), containsString("群众满意率"))));
    }
}
