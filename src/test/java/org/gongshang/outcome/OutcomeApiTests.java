package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.ImageFixtures;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API's refusals and their problem details: wrong input is a 400 with the field named,
 * acts of the wrong people 403 (or 404 for what they may not see), acts out of turn 409 — and none
 * of them changes anything. Also the lists' filters, the open data and the OpenAPI description.
 */
@GongshangTest
class OutcomeApiTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OutcomeEventLog events;

    @Autowired
    Consultations consultations;

    OutcomeFixtures fixtures;
    Person staffPerson;
    Api.Caller staff;
    Api.Caller lead;
    Api.Caller coHandler;
    Person leadPerson;

    @BeforeEach
    void people() {
        fixtures = new OutcomeFixtures(context);
        staffPerson = fixtures.districtStaff();
        staff = fixtures.api.as(staffPerson);
        leadPerson = fixtures.department(OutcomeFixtures.HOUSING);
        lead = fixtures.api.as(leadPerson);
        coHandler = fixtures.api.as(fixtures.department(OutcomeFixtures.TRANSPORT));
    }

    @AfterEach
    void resetClock() {
        fixtures.clock.reset();
    }

    long draft(boolean isPublic) {
        return ok(staff.post("/api/v1/recommendations", """
                {"text":"在凤凰山社区增设两处垃圾分类投放点，并设置洗手池。","regionCode":"511702","source":"MEMBER_SUGGESTION","isPublic":%s}"""
                .formatted(isPublic))).get("id").asLong();
    }

    long signedOff() {
        long id = draft(true);
        ok(staff.post("/api/v1/recommendations/" + id + "/sign-off"));
        return id;
    }

    long transferred(int workingDays) {
        long id = signedOff();
        ok(staff.post("/api/v1/recommendations/" + id + "/transfer", """
                {"leadOrganizationId":%d,"coOrganizationIds":[%d],"workingDays":%d}"""
                .formatted(housing(), transport(), workingDays)));
        return id;
    }

    long accepted() {
        long id = transferred(40);
        ok(lead.post("/api/v1/recommendations/" + id + "/accept"));
        return id;
    }

    long housing() {
        return fixtures.organization(OutcomeFixtures.HOUSING);
    }

    long transport() {
        return fixtures.organization(OutcomeFixtures.TRANSPORT);
    }

    String status(long id) {
        return ok(staff.get("/api/v1/recommendations/" + id)).get("status").asString();
    }

    static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void enteringOneNeedsTextARegionAndStaffOfThatRegion() {
        int before = ok(staff.get("/api/v1/recommendations?scope=REGION&region=511702&size=1")).get("total").asInt();
        Api.Response empty = staff.post("/api/v1/recommendations", "{\"text\":\"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(fields(empty)).containsExactlyInAnyOrder("text", "regionCode");
        assertThat(staff.inLanguage("en").post("/api/v1/recommendations", "{\"regionCode\":\"511702\"}").json().get("errors").get(0)
                .get("message").asString()).isEqualTo("Please write the text (at most 4000 characters).");

        String body = "{\"text\":\"增设垃圾分类投放点\",\"regionCode\":\"511702\"}";
        assertThat(fixtures.api.as(fixtures.people.resident()).post("/api/v1/recommendations", body).status()).isEqualTo(403);
        assertThat(fixtures.api.as(fixtures.people.withRole(Role.STAFF, "达川区政协")).post("/api/v1/recommendations", body).status())
                .isEqualTo(403);
        assertThat(lead.post("/api/v1/recommendations", body).status()).isEqualTo(403);
        assertThat(ok(staff.get("/api/v1/recommendations?scope=REGION&region=511702&size=1")).get("total").asInt()).isEqualTo(before);

        JsonNode created = ok(staff.post("/api/v1/recommendations", body));
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("id").asLong()).isPositive();
    }

    @Test
    void aConsultationThatHasNotConcludedHasNoRecommendationsYet() {
        long scheduled = consultations.list(Consultations.Scope.PUBLIC, ConsultationStatus.SCHEDULED, null, null, 0, 50).getFirst().id();
        Api.Response response = staff.post("/api/v1/recommendations",
                "{\"text\":\"菜市场增设排水沟\",\"consultationId\":" + scheduled + ",\"regionCode\":\"511702\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("consultationId");
        assertThat(staff.post("/api/v1/recommendations/from-consultation/" + scheduled).status()).isEqualTo(409);
    }

    @Test
    void aTransferRefusesDepartmentsOutsideTheRegionALeadThatAlsoCoHandlesAndPeriodsBeyondThreeMonths() {
        long id = signedOff();
        String path = "/api/v1/recommendations/" + id + "/transfer";
        long dachuanTransport = fixtures.organization("达川区交通运输局");
        long cppcc = fixtures.organization("通川区政协");
        Api.Response outside = staff.post(path, "{\"leadOrganizationId\":" + dachuanTransport + "}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").get(0).get("message").asString()).isEqualTo("只能交办给本地区或上级的党政部门。");
        assertThat(fields(staff.post(path, "{\"leadOrganizationId\":" + cppcc + "}"))).containsExactly("leadOrganizationId");
        assertThat(fields(staff.post(path, "{\"leadOrganizationId\":%d,\"coOrganizationIds\":[%d]}".formatted(housing(), housing()))))
                .containsExactly("coOrganizationIds");
        Api.Response tooLong = staff.post(path, "{\"leadOrganizationId\":%d,\"workingDays\":64}".formatted(housing()));
        assertThat(fields(tooLong)).containsExactly("workingDays");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).isEqualTo("办理期限须为 1 至 63 个工作日。");
        assertThat(status(id)).isEqualTo("SIGNED_OFF");

        JsonNode done = ok(staff.post(path, "{\"leadOrganizationId\":%d}".formatted(housing())));
        assertThat(done.get("workingDays").asInt()).as("the default").isEqualTo(63);
        Api.Response again = staff.post(path, "{\"leadOrganizationId\":%d}".formatted(transport()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("协商成果当前为“已交办”，不能转为“已交办”。");
        assertThat(events.stream(RecommendationTransferred.class).filter(e -> e.recommendationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.leadAccountIds()).contains(leadPerson.id()));
    }

    @Test
    void theLeadReturnsAWronglyAddressedOneWithAReasonAndStaffReassignIt() {
        long id = transferred(40);
        String path = "/api/v1/recommendations/" + id;
        assertThat(fields(lead.post(path + "/dispute", "{\"reason\":\"\"}"))).containsExactly("reason");
        assertThat(coHandler.post(path + "/dispute", "{\"reason\":\"不归我们管\"}").status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("TRANSFERRED");

        assertThat(ok(lead.post(path + "/dispute", "{\"reason\":\"垃圾分类投放点由城市管理部门负责。\"}")).get("status").asString())
                .isEqualTo("DISPUTED");
        assertThat(events.stream(RecommendationDisputed.class).filter(e -> e.recommendationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.staffAccountIds()).contains(staffPerson.id()));
        JsonNode reassigned = ok(staff.post(path + "/transfer", "{\"leadOrganizationId\":%d}".formatted(transport())));
        assertThat(reassigned.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(reassigned.get("leadOrganizationId").asLong()).isEqualTo(transport());
        assertThat(lead.post(path + "/accept").status()).as("no longer the lead, but still sees the public page").isEqualTo(403);
        assertThat(ok(coHandler.post(path + "/accept")).get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aDisputeAfterItsPeriodIsTooLate() {
        fixtures.setToday(LocalDate.of(2026, 11, 2), LocalTime.of(10, 0));
        long id = transferred(40);
        fixtures.setToday(LocalDate.of(2026, 11, 12), LocalTime.of(10, 0));
        Api.Response late = lead.post("/api/v1/recommendations/" + id + "/dispute", "{\"reason\":\"不归我们管\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).isEqualTo("退回期限（2026-11-11）已过，不能再退回。");
        assertThat(status(id)).isEqualTo("TRANSFERRED");
    }

    @Test
    void moreTimeIsAskedOnceAtATimeWithinSixMonthsAndStaffDecide() {
        long id = accepted();
        String path = "/api/v1/recommendations/" + id;
        String due = ok(staff.get(path)).get("dueDate").asString();
        assertThat(fields(lead.post(path + "/extensions", "{\"workingDays\":0,\"reason\":\"需要招标\"}"))).containsExactly("workingDays");
        assertThat(fields(lead.post(path + "/extensions", "{\"workingDays\":87,\"reason\":\"需要招标\"}"))).containsExactly("workingDays");
        assertThat(fields(lead.post(path + "/extensions", "{\"workingDays\":20}"))).containsExactly("reason");
        assertThat(coHandler.post(path + "/extensions", "{\"workingDays\":20,\"reason\":\"需要招标\"}").status()).isEqualTo(403);
        assertThat(staff.post(path + "/extension-decision", "{\"approve\":true}").status()).as("nothing asked yet").isEqualTo(409);

        assertThat(ok(lead.post(path + "/extensions", "{\"workingDays\":20,\"reason\":\"投放点选址需要征求居民意见。\"}")).get("workingDays")
                .asInt()).isEqualTo(20);
        assertThat(lead.post(path + "/extensions", "{\"workingDays\":5,\"reason\":\"再多几天\"}").status()).isEqualTo(409);
        assertThat(lead.post(path + "/extension-decision", "{\"approve\":true}").status()).isEqualTo(403);
        assertThat(fields(staff.post(path + "/extension-decision", "{}"))).containsExactly("approve");

        JsonNode extended = ok(staff.post(path + "/extension-decision", "{\"approve\":true,\"note\":\"同意\"}"));
        assertThat(extended.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(LocalDate.parse(extended.get("dueDate").asString())).isAfter(LocalDate.parse(due));
        assertThat(events.stream(ExtensionDecided.class).filter(e -> e.recommendationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.approved()).isTrue());
        assertThat(lead.post(path + "/extensions", "{\"workingDays\":5,\"reason\":\"再多几天\"}").status()).as("once").isEqualTo(409);
    }

    @Test
    void progressReportsTakeAttachmentsByTheirContentAndRefuseTheRest() {
        long id = accepted();
        String path = "/api/v1/recommendations/" + id;
        byte[] photo = ImageFixtures.jpegWithGps(64, 48);
        assertThat(ImageFixtures.hasExif(photo)).as("a phone photo with its GPS position").isTrue();
        Api.Response refused = lead.upload(path + "/progress?text=%E5%B7%B2%E9%80%89%E5%9D%80", "files", "照片.png", "image/png", "not an image".getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("files");
        assertThat(ok(staff.get(path + "/details")).get("progress")).isEmpty();
        assertThat(status(id)).isEqualTo("ACCEPTED");

        Api.Response uploaded = lead.upload(path + "/progress?text=%E5%B7%B2%E9%80%89%E5%9D%80", "files", "选址.jpg", "image/jpeg", photo);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode attachment = uploaded.json().get("attachments").get(0);
        assertThat(attachment.get("contentType").asString()).isEqualTo("image/jpeg");
        Api.Response file = fixtures.api.anonymous().get(path + "/attachments/" + attachment.get("id").asLong());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/jpeg");
        byte[] published = fixtures.api.anonymous().bytes(path + "/attachments/" + attachment.get("id").asLong());
        assertThat(ImageFixtures.hasExif(published)).as("published without the GPS position").isFalse();
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        assertThat(coHandler.post(path + "/progress", "{\"text\":\"我们也在办\"}").status()).isEqualTo(403);
    }

    @Test
    void aReplyNeedsAConfiguredGradeAndATextAndComesAfterTheSigning() {
        long notSigned = transferred(40);
        assertThat(lead.post("/api/v1/recommendations/" + notSigned + "/reply", "{\"grade\":\"A\",\"text\":\"已办\"}").status())
                .isEqualTo(409);
        long id = accepted();
        String path = "/api/v1/recommendations/" + id;
        Api.Response wrong = lead.post(path + "/reply", "{\"grade\":\"D\",\"text\":\"\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactlyInAnyOrder("grade", "text");
        assertThat(wrong.json().get("errors").get(0).get("message").asString()).isEqualTo("请选择解决程度（A/B/C）。");
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(ok(staff.get(path + "/details")).get("replies")).isEmpty();
    }

    @Test
    void onlyStaffOfItsRegionManageItAndOthersDoNotSeeItsDraft() {
        long id = draft(true);
        String path = "/api/v1/recommendations/" + id;
        Api.Caller dachuan = fixtures.api.as(fixtures.people.withRole(Role.STAFF, "达川区政协"));
        assertThat(dachuan.post(path + "/sign-off").status()).isEqualTo(404);
        assertThat(lead.post(path + "/sign-off").status()).isEqualTo(404);
        assertThat(fixtures.api.anonymous().get(path).status()).isEqualTo(404);
        assertThat(fields(staff.post(path + "/close", "{}"))).containsExactly("note");
        assertThat(status(id)).isEqualTo("DRAFT");

        long transferred = transferred(40);
        String public_ = "/api/v1/recommendations/" + transferred;
        assertThat(fixtures.api.anonymous().get(public_).status()).isEqualTo(200);
        assertThat(dachuan.post(public_ + "/close-rating").status()).as("sees it, may not manage it").isEqualTo(403);
        assertThat(dachuan.post(public_ + "/escalations", "{\"level\":\"OFFICE\",\"note\":\"快办\"}").status()).isEqualTo(403);
        assertThat(ok(staff.post(path + "/close", "{\"note\":\"已由街道办理\"}")).get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void anInternalRecommendationStaysHiddenFromThePublicButNotFromItsDepartment() {
        long id = draft(false);
        ok(staff.post("/api/v1/recommendations/" + id + "/sign-off"));
        ok(staff.post("/api/v1/recommendations/" + id + "/transfer", "{\"leadOrganizationId\":%d}".formatted(housing())));
        assertThat(fixtures.api.anonymous().get("/api/v1/recommendations/" + id).status()).isEqualTo(404);
        assertThat(fixtures.api.as(fixtures.people.resident()).get("/api/v1/recommendations/" + id).status()).isEqualTo(404);
        assertThat(ok(lead.get("/api/v1/recommendations/" + id)).get("isPublic").asBoolean()).isFalse();
        assertThat(fixtures.api.anonymous().get("/api/v1/recommendations?scope=PUBLIC&size=200").body()).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void theListsFilterOverdueOnesOfADepartment() {
        fixtures.setToday(LocalDate.of(2026, 11, 2), LocalTime.of(10, 0));
        long late = transferred(1);
        long onTime = transferred(40);
        fixtures.setToday(LocalDate.of(2026, 11, 5), LocalTime.of(10, 0));
        JsonNode overdue = ok(staff.get("/api/v1/recommendations?overdue=true&organization=" + housing() + "&size=200"));
        List<Long> ids = new ArrayList<>();
        overdue.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).contains(late).doesNotContain(onTime);
        overdue.get("items").forEach(item -> assertThat(item.get("overdue").asBoolean()).isTrue());
        JsonNode one = ok(staff.get("/api/v1/recommendations/" + late));
        assertThat(one.get("overdue").asBoolean()).isTrue();
        assertThat(one.get("overdueWorkingDays").asInt()).isEqualTo(2);
        assertThat(one.get("rehandlingRounds").asInt()).isZero();

        JsonNode queue = ok(lead.get("/api/v1/recommendations?size=200"));
        List<Long> mine = new ArrayList<>();
        queue.get("items").forEach(item -> mine.add(item.get("id").asLong()));
        assertThat(mine).as("a department's default list is its queue").contains(late, onTime);
        assertThat(fixtures.api.as(fixtures.people.resident()).get("/api/v1/recommendations/supervision").status()).isEqualTo(403);
        JsonNode board = ok(staff.get("/api/v1/recommendations/supervision?region=511702"));
        assertThat(board.get("overdue").toString()).contains("\"id\":" + late);
    }

    @Test
    void supervisionNeedsANoteAndOnlyGoesUp() {
        long id = accepted();
        String path = "/api/v1/recommendations/" + id;
        assertThat(fields(staff.post(path + "/escalations", "{\"level\":\"OFFICE\"}"))).containsExactly("note");
        assertThat(fields(staff.post(path + "/escalations", "{\"level\":\"NONE\",\"note\":\"快办\"}"))).containsExactly("level");
        assertThat(ok(staff.post(path + "/escalations", "{\"level\":\"LEADER\",\"note\":\"请主要负责同志过问。\"}")).get("escalation")
                .asString()).isEqualTo("LEADER");
        assertThat(staff.post(path + "/escalations", "{\"level\":\"OFFICE\",\"note\":\"降级\"}").status()).isEqualTo(409);
        assertThat(ok(staff.post(path + "/supervision-notes", "{\"note\":\"已电话督促。\"}")).get("level").asString()).isEqualTo("LEADER");
        assertThat(events.stream(SupervisionEscalated.class).filter(e -> e.recommendationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.recipientAccountIds()).contains(leadPerson.id(), staffPerson.id()));
        assertThat(ok(staff.get(path + "/details")).get("supervisionNotes")).hasSize(2);
        assertThat(ok(fixtures.api.anonymous().get(path + "/details")).get("supervisionNotes")).isEmpty();
    }

    @Test
    void theOpenDataHoldsThePublicFieldsOnly() {
        long id = transferred(40);
        Api.Response csv = fixtures.api.anonymous().get("/recommendations/open-data.csv?region=511702");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFid,text,status,progress,region_code,region,lead_department")
                .contains(id + ",在凤凰山社区增设两处垃圾分类投放点", "市住房和城乡建设局", "市交通运输局")
                .doesNotContain(staffPerson.realName(), leadPerson.realName());
        Api.Response json = fixtures.api.anonymous().get("/recommendations/open-data.json?status=TRANSFERRED");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":" + id).doesNotContain("AccountId", "createdBy", staffPerson.realName());
        assertThat(fixtures.api.anonymous().get("/recommendations/open-data.json").body()).doesNotContain("公共充电桩");
    }

    @Test
    void theApiIsDescribedForSwagger() {
        String docs = fixtures.api.anonymous().get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/recommendations/{id}/transfer", "/api/v1/recommendations/{id}/ratings",
                "/api/v1/recommendations/{id}/close-rating", "/api/v1/recommendations/supervision");
    }
}
