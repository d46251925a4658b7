package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole story of issue 6 over HTTP: a recommendation from a consultation is signed off,
 * transferred just before 国庆 with a deadline that skips the holiday (and counts its 调休
 * Saturday), accepted, replied with grade B, rated UNSATISFIED by a majority, handled again,
 * replied again, rated SATISFIED, closed, and shown on its public page with its history. The wrong
 * inputs on the way get a clear 4xx and change nothing.
 */
@GongshangTest
class OutcomeStoryTests {

    @Autowired
    ApplicationContext context;

    OutcomeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OutcomeFixtures(context);
    }

    @AfterEach
    void resetClock() {
        fixtures.clock.reset();
    }

    @Test
    void aRecommendationFromAConsultationGoesFromTransferThroughRehandlingToItsPublicPage() {
        OutcomeFixtures.Consultation consultation = fixtures.concludedConsultation(3, "小区内统一施划停车位并在消防通道设置禁停标志");
        long id = fixtures.draftsOf(consultation.id(), 1).getFirst().id();
        String path = "/api/v1/recommendations/" + id;
        Api.Caller staff = fixtures.api.as(consultation.organiser());
        Api.Caller lead = fixtures.api.as(fixtures.department(OutcomeFixtures.HOUSING));
        Api.Caller coHandler = fixtures.api.as(fixtures.department(OutcomeFixtures.TRANSPORT));
        List<Api.Caller> attendees = new ArrayList<>();
        for (Person attendee : consultation.attendees()) {
            attendees.add(fixtures.api.as(attendee));
        }
        Api.Caller submitter = fixtures.api.as(consultation.submitter());
        Api.Caller stranger = fixtures.api.as(fixtures.people.resident());

        // The Tuesday before 国庆 (Thursday 1 to Wednesday 7 October 2026, Saturday 10 October worked instead).
        fixtures.setToday(LocalDate.of(2026, 9, 29), LocalTime.of(10, 0));

        JsonNode draft = ok(staff.get(path));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("consultationId").asLong()).isEqualTo(consultation.id());
        assertThat(ok(staff.post(path + "/sign-off")).get("status").asString()).isEqualTo("SIGNED_OFF");

        Api.Response withoutLead = staff.post(path + "/transfer", "{\"coOrganizationIds\":[],\"workingDays\":5}");
        assertThat(withoutLead.status()).isEqualTo(400);
        assertThat(withoutLead.contentType()).startsWith("application/problem+json");
        assertThat(withoutLead.json().get("errors").get(0).get("field").asString()).isEqualTo("leadOrganizationId");
        assertThat(withoutLead.json().get("errors").get(0).get("message").asString()).isEqualTo("请选择主办单位。");
        assertThat(staff.inLanguage("en").post(path + "/transfer", "{\"workingDays\":5}").json().get("errors").get(0)
                .get("message").asString()).isEqualTo("Please choose the lead department.");
        assertThat(ok(staff.get(path)).get("status").asString()).isEqualTo("SIGNED_OFF");

        JsonNode transferred = ok(staff.post(path + "/transfer", """
                {"leadOrganizationId":%d,"coOrganizationIds":[%d],"workingDays":5}"""
                .formatted(fixtures.organization(OutcomeFixtures.HOUSING), fixtures.organization(OutcomeFixtures.TRANSPORT))));
        assertThat(transferred.get("status").asString()).isEqualTo("TRANSFERRED");
        // 9/30 is the 1st working day, 10/1–10/7 are holidays, 10/8, 10/9, Saturday 10/10 and Monday 10/12 the 2nd to 5th.
        assertThat(transferred.get("dueDate").asString()).isEqualTo("2026-10-12");
        assertThat(transferred.get("overdue").asBoolean()).isFalse();

        Api.Response coHandlerAccepts = coHandler.post(path + "/accept");
        assertThat(coHandlerAccepts.status()).isEqualTo(403);
        assertThat(ok(staff.get(path)).get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(ok(lead.post(path + "/accept")).get("status").asString()).isEqualTo("ACCEPTED");

        Api.Response tooEarly = attendees.getFirst().post(path + "/ratings", "{\"rating\":\"SATISFIED\"}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("outcome.rating.not-open");

        JsonNode report = ok(lead.post(path + "/progress", "{\"text\":\"已现场勘查，停车位施划方案已报街道。\",\"percent\":50}"));
        assertThat(report.get("percent").asInt()).isEqualTo(50);
        ok(coHandler.post(path + "/opinions", "{\"text\":\"交警将同步设置禁停标志。\"}"));

        Api.Response coHandlerReplies = coHandler.post(path + "/reply", "{\"grade\":\"A\",\"text\":\"已解决。\"}");
        assertThat(coHandlerReplies.status()).isEqualTo(403);
        assertThat(coHandlerReplies.json().get("code").asString()).isEqualTo("outcome.lead-only");
        assertThat(ok(staff.get(path)).get("status").asString()).isEqualTo("IN_PROGRESS");

        JsonNode replied = ok(lead.post(path + "/reply", "{\"grade\":\"B\",\"text\":\"施划方案已列入今年老旧小区改造计划，年底前完成。\"}"));
        assertThat(replied.get("status").asString()).isEqualTo("REPLIED");

        assertThat(stranger.post(path + "/ratings", "{\"rating\":\"SATISFIED\"}").status()).isEqualTo(403);
        assertThat(lead.post(path + "/ratings", "{\"rating\":\"SATISFIED\"}").status()).isEqualTo(403);
        assertThat(ok(attendees.get(0).post(path + "/ratings", "{\"rating\":\"UNSATISFIED\",\"comment\":\"年底太晚了\"}"))
                .get("handlingRound").asInt()).isEqualTo(1);
        Api.Response twice = attendees.get(0).post(path + "/ratings", "{\"rating\":\"SATISFIED\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("outcome.rating.twice");
        ok(attendees.get(1).post(path + "/ratings", "{\"rating\":\"UNSATISFIED\",\"comment\":\"还是没有解决。\"}"));
        ok(attendees.get(2).post(path + "/ratings", "{\"rating\":\"SATISFIED\"}"));

        JsonNode sentBack = ok(staff.post(path + "/close-rating"));
        assertThat(sentBack.get("status").asString()).isEqualTo("REHANDLING");
        assertThat(sentBack.get("result").asString()).isEqualTo("UNSATISFIED");
        assertThat(sentBack.get("rehandlingRounds").asInt()).isEqualTo(1);
        assertThat(LocalDate.parse(sentBack.get("dueDate").asString())).isAfter(LocalDate.of(2026, 10, 12));

        ok(lead.post(path + "/progress", "{\"text\":\"已提前施工，十月底完成施划。\",\"percent\":90}"));
        assertThat(ok(lead.post(path + "/reply", "{\"grade\":\"A\",\"text\":\"停车位和禁停标志已全部完成。\"}"))
                .get("status").asString()).isEqualTo("REPLIED");
        for (Api.Caller attendee : attendees) {
            ok(attendee.post(path + "/ratings", "{\"rating\":\"SATISFIED\"}"));
        }
        ok(submitter.post(path + "/ratings", "{\"rating\":\"BASICALLY_SATISFIED\"}"));
        JsonNode rated = ok(staff.post(path + "/close-rating"));
        assertThat(rated.get("status").asString()).isEqualTo("RATED");
        assertThat(rated.get("result").asString()).isEqualTo("SATISFIED");
        assertThat(ok(staff.post(path + "/close", "{\"note\":\"群众满意，办结。\"}")).get("status").asString()).isEqualTo("CLOSED");

        JsonNode shown = ok(fixtures.api.anonymous().get(path + "/details"));
        List<String> steps = new ArrayList<>();
        shown.get("history").forEach(change -> steps.add(change.get("to").asString()));
        assertThat(steps).containsExactly("TRANSFERRED", "ACCEPTED", "IN_PROGRESS", "REPLIED", "REHANDLING", "REPLIED", "RATED", "CLOSED");
        assertThat(shown.get("replies")).hasSize(2);
        assertThat(shown.get("ratingRounds").get(0).get("unsatisfied").asInt()).isEqualTo(2);
        assertThat(shown.get("ratingRounds").get(1).get("result").asString()).isEqualTo("SATISFIED");
        assertThat(shown.get("ratings")).isEmpty();
        assertThat(shown.get("people")).isEmpty();
        assertThat(shown.get("consultationTitle").asString()).isEqualTo("小区停车怎么管");

        Api.Response page = fixtures.api.anonymous().get("/recommendations/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("小区内统一施划停车位", "已办结", "重新办理", "测评结果：不满意，重新办理", "B · 正在解决或列入计划解决",
                "A · 已解决或基本解决", "小区停车怎么管", "100%");
        assertThat(page.body()).doesNotContain(consultation.attendees().getFirst().realName(), "年底太晚了");
    }
}
