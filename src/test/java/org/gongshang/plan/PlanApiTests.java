package org.gongshang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongshang.audit.AuditLog;
import org.gongshang.audit.AuditQuery;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The plan API over HTTP: drafting, approval, the public plan, exports, amendments, denials and wrong input. */
@GongshangTest
class PlanApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Topics topics;

    @Autowired
    ApplicationContext context;

    PlanFixtures fixtures;
    Person staff;
    Person reviewer;
    Caller asStaff;
    Caller asReviewer;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(context);
        staff = people.withRole(Role.STAFF, "通川区政协");
        reviewer = people.withRole(Role.REVIEWER, "中共达州市委");
        asStaff = api.as(staff);
        asReviewer = api.as(reviewer);
    }

    long createPlan(int year) {
        Api.Response created = asStaff.post("/api/v1/plans",
                "{\"organizationId\":%d,\"year\":%d}".formatted(fixtures.tongchuanCommittee(), year));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static String item(long topicId, int month, String form, List<Long> leads, List<Long> departments) {
        return "{\"topicId\":%d,\"month\":%d,\"form\":\"%s\",\"leadMemberIds\":%s,\"departmentIds\":%s}"
                .formatted(topicId, month, form, leads, departments);
    }

    long addItem(long planId, long topicId, int month) {
        Api.Response added = asStaff.post("/api/v1/plans/" + planId + "/items",
                item(topicId, month, "OFFLINE", List.of(fixtures.demoMember()),
                        List.of(fixtures.organization("通川区住房和城乡建设局", "511702"))));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    /** A plan of 通川区政协 with the topics (in May), submitted and approved. */
    long approvedPlan(long... topicIds) {
        long planId = createPlan(PlanFixtures.nextYear());
        for (long topicId : topicIds) {
            addItem(planId, topicId, 5);
        }
        assertThat(asStaff.post("/api/v1/plans/" + planId + "/submit").status()).isEqualTo(200);
        Api.Response approved = asReviewer.post("/api/v1/plans/" + planId + "/approve");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return planId;
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<String> fields(Api.Response problem) {
        return problem.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    @Test
    void staffDraftAndSubmitAReviewerApprovesAndThePlanWithItsPlannedTopicIsPublic() {
        long topicId = fixtures.acceptedTopic("背街小巷照明不足");
        int year = PlanFixtures.nextYear();
        long planId = createPlan(year);
        addItem(planId, topicId, 5);

        assertThat(api.anonymous().get("/api/v1/plans/" + planId).status()).isEqualTo(404);
        assertThat(topics.get(topicId).status()).as("a draft is not yet a plan").isEqualTo(TopicStatus.ACCEPTED);

        JsonNode submitted = asStaff.post("/api/v1/plans/" + planId + "/submit").json();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode approved = asReviewer.post("/api/v1/plans/" + planId + "/approve").json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

        assertThat(topics.get(topicId).status()).isEqualTo(TopicStatus.PLANNED);
        assertThat(topics.get(topicId).planId()).isEqualTo(planId);
        JsonNode plan = api.anonymous().get("/api/v1/plans/" + planId).json();
        assertThat(plan.get("title").asString()).isEqualTo("通川区政协" + year + "年度协商选题计划");
        assertThat(plan.get("status").asString()).isEqualTo("APPROVED");
        assertThat(plan.get("items").get(0).get("topicId").asLong()).isEqualTo(topicId);
        assertThat(plan.get("items").get(0).get("month").asInt()).isEqualTo(5);
        assertThat(plan.get("items").get(0).get("leadMembers").get(0).get("name").asString()).isEqualTo("陈委员");
        assertThat(plan.get("items").get(0).get("departments").get(0).get("name").asString()).isEqualTo("通川区住房和城乡建设局");
        assertThat(plan.get("history").isNull()).as("the drafting history is for insiders").isTrue();
        assertThat(api.anonymous().get("/api/v1/plans?year=" + year).json().get("items").get(0).get("id").asLong())
                .isEqualTo(planId);
    }

    @Test
    void everyStateChangeIsAudited() {
        long planId = approvedPlan(fixtures.acceptedTopic("公园健身器材老化"));

        var actions = context.getBean(AuditLog.class)
                .search(new AuditQuery(null, null, "plan", String.valueOf(planId), null, null, 0, 50)).entries().stream()
                .map(entry -> entry.action()).toList();

        assertThat(actions).contains("plan.created", "plan.item-added", "plan.submitted", "plan.approved");
    }

    @Test
    void theApprovedPlanExportsToAWordDocumentThatReadsBack() throws Exception {
        long topicId = fixtures.acceptedTopic("小区快递柜收费不合理");
        long planId = approvedPlan(topicId);
        String title = topics.get(topicId).title();

        HttpResponse<byte[]> response = download("/api/v1/plans/" + planId + "/export.docx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(PlanDocuments.DOCX);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "filename*=UTF-8''");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            XWPFParagraph heading = document.getParagraphs().getFirst();
            assertThat(heading.getText()).matches("通川区政协\\d{4}年度协商选题计划");
            XWPFRun run = heading.getRuns().getFirst();
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).as("A4").isEqualTo("11906");
            XWPFTable table = document.getTables().getFirst();
            assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("序号", "议题", "计划月份", "协商形式", "牵头委员", "相关部门");
            assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("1", title, "5月", "线下协商", "陈委员", "通川区住房和城乡建设局");
            assertThat(table.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst()
                    .getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
        }
    }

    @Test
    void theApprovedPlanExportsToAnExcelWorkbookThatReadsBack() throws Exception {
        long topicId = fixtures.acceptedTopic("社区食堂价格偏高");
        long planId = approvedPlan(topicId);

        HttpResponse<byte[]> response = download("/api/v1/plans/" + planId + "/export.xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(PlanDocuments.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheet("协商选题计划");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("通川区政协").contains("年度协商选题计划");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("相关部门");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(topics.get(topicId).title());
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("线下协商");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen header").isEqualTo((short) 2);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void anAmendmentMakesVersionTwoAndKeepsVersionOneReadable() {
        long kept = fixtures.acceptedTopic("老年活动中心开放时间短");
        long dropped = fixtures.acceptedTopic("小区垃圾分类投放点脏乱");
        long added = fixtures.acceptedTopic("夜间施工噪音扰民");
        long planId = approvedPlan(kept, dropped);

        JsonNode amendment = asStaff.post("/api/v1/plans/" + planId + "/amend").json();
        assertThat(amendment.get("version").asInt()).isEqualTo(2);
        assertThat(amendment.get("status").asString()).isEqualTo("DRAFT");
        assertThat(amendment.get("items")).hasSize(2);
        assertThat(api.anonymous().get("/api/v1/plans/" + planId).json().get("version").asInt())
                .as("the public reads the version in force").isEqualTo(1);

        long droppedItem = amendment.get("items").valueStream().filter(item -> item.get("topicId").asLong() == dropped)
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(asStaff.delete("/api/v1/plans/" + planId + "/items/" + droppedItem).status()).isEqualTo(204);
        addItem(planId, added, 8);
        assertThat(topics.get(dropped).status()).as("until the amendment is approved").isEqualTo(TopicStatus.PLANNED);
        assertThat(asStaff.post("/api/v1/plans/" + planId + "/submit").status()).isEqualTo(200);
        assertThat(asReviewer.post("/api/v1/plans/" + planId + "/approve").status()).isEqualTo(200);

        JsonNode versions = api.anonymous().get("/api/v1/plans/" + planId + "/versions").json();
        assertThat(versions.valueStream().map(v -> v.get("number").asInt() + " " + v.get("status").asString()))
                .containsExactly("2 APPROVED", "1 SUPERSEDED");
        JsonNode first = api.anonymous().get("/api/v1/plans/" + planId + "/versions/1").json();
        assertThat(first.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(first.get("items").valueStream().map(i -> i.get("topicId").asLong())).containsExactlyInAnyOrder(kept, dropped);
        assertThat(topics.get(kept).status()).isEqualTo(TopicStatus.PLANNED);
        assertThat(topics.get(added).status()).isEqualTo(TopicStatus.PLANNED);
        assertThat(topics.get(dropped).status()).isEqualTo(TopicStatus.ACCEPTED);
        assertThat(topics.get(dropped).planId()).isNull();
    }

    @Test
    void aReturnedAmendmentChangesNoTopicAndTheApprovedVersionStaysInForce() {
        long kept = fixtures.acceptedTopic("老旧管网漏水");
        long proposed = fixtures.acceptedTopic("社区卫生服务站药品少");
        long planId = approvedPlan(kept);
        assertThat(asStaff.post("/api/v1/plans/" + planId + "/amend").status()).isEqualTo(200);
        long keptItem = asStaff.get("/api/v1/plans/" + planId).json().get("items").get(0).get("id").asLong();
        asStaff.delete("/api/v1/plans/" + planId + "/items/" + keptItem);
        addItem(planId, proposed, 10);
        asStaff.post("/api/v1/plans/" + planId + "/submit");

        JsonNode returned = asReviewer.post("/api/v1/plans/" + planId + "/return", "{\"comment\":\"管网漏水议题不宜删除，请恢复。\"}").json();

        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("comment").asString()).contains("请恢复");
        assertThat(topics.get(kept).status()).isEqualTo(TopicStatus.PLANNED);
        assertThat(topics.get(proposed).status()).isEqualTo(TopicStatus.ACCEPTED);
        JsonNode inForce = api.anonymous().get("/api/v1/plans/" + planId).json();
        assertThat(inForce.get("version").asInt()).isEqualTo(1);
        assertThat(inForce.get("items").get(0).get("topicId").asLong()).isEqualTo(kept);
        JsonNode history = asStaff.get("/api/v1/plans/" + planId).json().get("history");
        assertThat(history.valueStream().map(step -> step.get("step").asString()))
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "AMENDED", "SUBMITTED", "RETURNED");
    }

    @Test
    void aReturnedPlanIsEditedAndSubmittedAgain() {
        long planId = createPlan(PlanFixtures.nextYear());
        long itemId = addItem(planId, fixtures.acceptedTopic("农贸市场占道经营"), 3);
        asStaff.post("/api/v1/plans/" + planId + "/submit");
        asReviewer.post("/api/v1/plans/" + planId + "/return", "{\"comment\":\"请改在第二季度。\"}");

        Api.Response changed = asStaff.put("/api/v1/plans/" + planId + "/items/" + itemId,
                "{\"month\":4,\"form\":\"HYBRID\",\"leadMemberIds\":[],\"departmentIds\":[]}");
        Api.Response resubmitted = asStaff.post("/api/v1/plans/" + planId + "/submit");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("form").asString()).isEqualTo("HYBRID");
        assertThat(resubmitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(asReviewer.post("/api/v1/plans/" + planId + "/approve").json().get("items").get(0).get("month").asInt())
                .isEqualTo(4);
    }

    @Test
    void cadresDraftTheGrassrootsPlanOfTheirCommunityWithTopicsRoutedThere() {
        Person cadre = people.withRole(Role.CADRE, "凤凰山社区居民委员会");
        Caller asCadre = api.as(cadre);
        long committee = fixtures.organization("凤凰山社区居民委员会", People.COMMUNITY);
        long local = fixtures.acceptedTopic("社区广场舞噪音");
        long routedUp = fixtures.acceptedTopic("小区周边道路坑洼");
        context.getBean(org.gongshang.topic.Routings.class).route(routedUp, org.gongshang.topic.RoutingLevel.CPPCC,
                fixtures.tongchuanCommittee(), fixtures.actor(staff));
        String plan = "{\"organizationId\":%d,\"year\":%d}".formatted(committee, PlanFixtures.nextYear());

        assertThat(asStaff.post("/api/v1/plans", plan).status()).as("CPPCC staff do not draft grassroots plans").isEqualTo(403);
        Api.Response created = asCadre.post("/api/v1/plans", plan);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("kind").asString()).isEqualTo("GRASSROOTS");
        long planId = created.json().get("id").asLong();

        assertThat(asCadre.post("/api/v1/plans/" + planId + "/items", item(local, 9, "OFFLINE", List.of(), List.of())).status())
                .isEqualTo(201);
        Api.Response escalated = asCadre.post("/api/v1/plans/" + planId + "/items", item(routedUp, 9, "OFFLINE", List.of(), List.of()));
        assertThat(escalated.status()).as("routed to the district's CPPCC, above the community").isEqualTo(400);
        assertThat(fields(escalated)).containsExactly("topicId");
    }

    // ---- denials --------------------------------------------------------------------------------

    @Test
    void staffCannotApproveAPlan() {
        long planId = createPlan(PlanFixtures.nextYear());
        addItem(planId, fixtures.acceptedTopic("路口红绿灯行人过街时间不够"), 4);
        asStaff.post("/api/v1/plans/" + planId + "/submit");

        assertThat(asStaff.post("/api/v1/plans/" + planId + "/approve").status()).isEqualTo(403);
        assertThat(asStaff.get("/api/v1/plans/" + planId).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void aReviewerOfAnotherRegionCannotApproveOrReturn() {
        long planId = createPlan(PlanFixtures.nextYear());
        addItem(planId, fixtures.acceptedTopic("城中村消防通道堵塞"), 4);
        asStaff.post("/api/v1/plans/" + planId + "/submit");
        Caller elsewhere = api.as(people.withRole(Role.REVIEWER, "达川区交通运输局"));

        assertThat(elsewhere.post("/api/v1/plans/" + planId + "/approve").status()).isEqualTo(403);
        assertThat(elsewhere.post("/api/v1/plans/" + planId + "/return", "{\"comment\":\"不同意\"}").status()).isEqualTo(403);
        assertThat(elsewhere.get("/api/v1/plans/" + planId).status()).as("a submitted plan is not public").isEqualTo(404);
    }

    @Test
    void nobodyEditsAPlanAnonymouslyOrFromAnotherRegion() {
        long planId = createPlan(PlanFixtures.nextYear());
        String body = item(fixtures.acceptedTopic("小区电动车充电难"), 4, "OFFLINE", List.of(), List.of());

        assertThat(api.anonymous().post("/api/v1/plans/" + planId + "/items", body).status()).isEqualTo(401);
        assertThat(api.anonymous().post("/api/v1/plans", "{\"organizationId\":1,\"year\":2031}").status()).isEqualTo(401);
        Caller otherStaff = api.as(people.withRole(Role.STAFF, "达川区政协"));
        assertThat(otherStaff.post("/api/v1/plans/" + planId + "/items", body).status()).isEqualTo(403);
        assertThat(api.as(people.resident()).post("/api/v1/plans/" + planId + "/submit").status()).isEqualTo(403);
        assertThat(asStaff.get("/api/v1/plans/" + planId).json().get("items")).isEmpty();
    }

    @Test
    void draftsAreVisibleToTheirStaffAndReviewersOnly() {
        long planId = createPlan(PlanFixtures.nextYear());

        assertThat(asStaff.get("/api/v1/plans/" + planId).status()).isEqualTo(200);
        assertThat(asReviewer.get("/api/v1/plans/" + planId).status()).isEqualTo(200);
        assertThat(api.as(people.resident()).get("/api/v1/plans/" + planId).status()).isEqualTo(404);
        assertThat(api.as(people.withRole(Role.STAFF, "达川区政协")).get("/api/v1/plans/" + planId).status()).isEqualTo(404);
        assertThat(api.anonymous().get("/api/v1/plans/" + planId + "/versions").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/api/v1/plans/" + planId + "/export.docx").status()).isEqualTo(404);
    }

    // ---- wrong input ----------------------------------------------------------------------------

    @Test
    void aMonthOutsideOneToTwelveIsAProblemOfTheMonthAndChangesNothing() {
        long planId = createPlan(PlanFixtures.nextYear());
        long topicId = fixtures.acceptedTopic("学校周边小摊贩");

        for (int month : new int[] {0, 13}) {
            Api.Response refused = asStaff.post("/api/v1/plans/" + planId + "/items", item(topicId, month, "OFFLINE", List.of(), List.of()));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(fields(refused)).containsExactly("month");
        }
        assertThat(asStaff.get("/api/v1/plans/" + planId).json().get("items")).isEmpty();
    }

    @Test
    void aTopicNotAcceptedOrOfAnotherRegionIsRefused() {
        long planId = createPlan(PlanFixtures.nextYear());
        long submitted = fixtures.submittedTopic("公交站台没有遮雨棚", People.COMMUNITY);
        long elsewhere = fixtures.acceptedTopic("龙会社区停车难", PlanFixtures.DACHUAN_COMMUNITY, "达川区政协");

        Api.Response notAccepted = asStaff.post("/api/v1/plans/" + planId + "/items", item(submitted, 4, "ONLINE", List.of(), List.of()));
        Api.Response otherRegion = asStaff.post("/api/v1/plans/" + planId + "/items", item(elsewhere, 4, "ONLINE", List.of(), List.of()));

        assertThat(notAccepted.status()).isEqualTo(400);
        assertThat(fields(notAccepted)).containsExactly("topicId");
        assertThat(notAccepted.json().get("errors").get(0).get("message").asString()).contains("不是已采纳的议题");
        assertThat(otherRegion.status()).isEqualTo(400);
        assertThat(otherRegion.json().get("errors").get(0).get("message").asString()).contains("不在本组织的地区内");
        assertThat(asStaff.get("/api/v1/plans/" + planId).json().get("items")).isEmpty();
    }

    @Test
    void leadsMustBeMembersAndDepartmentsDepartments() {
        long planId = createPlan(PlanFixtures.nextYear());
        long topicId = fixtures.acceptedTopic("桥下空间闲置浪费");

        Api.Response refused = asStaff.post("/api/v1/plans/" + planId + "/items",
                item(topicId, 4, "OFFLINE", List.of(staff.id()), List.of(fixtures.tongchuanCommittee())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("leadMemberIds", "departmentIds");
    }

    @Test
    void approvingADraftIsAConflict() {
        long planId = createPlan(PlanFixtures.nextYear());
        addItem(planId, fixtures.acceptedTopic("街头广告牌安全隐患"), 4);

        Api.Response refused = asReviewer.post("/api/v1/plans/" + planId + "/approve");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("草稿");
    }

    @Test
    void returningWithoutACommentIsAProblemOfTheComment() {
        long planId = createPlan(PlanFixtures.nextYear());
        addItem(planId, fixtures.acceptedTopic("河道垃圾无人清理"), 4);
        asStaff.post("/api/v1/plans/" + planId + "/submit");

        Api.Response refused = asReviewer.post("/api/v1/plans/" + planId + "/return", "{\"comment\":\"  \"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("comment");
        assertThat(asStaff.get("/api/v1/plans/" + planId).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void editingASubmittedOrApprovedPlanIsAConflict() {
        long planId = createPlan(PlanFixtures.nextYear());
        long itemId = addItem(planId, fixtures.acceptedTopic("老街区下水道堵塞"), 4);
        String extra = item(fixtures.acceptedTopic("菜市场周边交通拥堵"), 5, "OFFLINE", List.of(), List.of());
        asStaff.post("/api/v1/plans/" + planId + "/submit");

        assertThat(asStaff.post("/api/v1/plans/" + planId + "/items", extra).status()).isEqualTo(409);
        assertThat(asStaff.delete("/api/v1/plans/" + planId + "/items/" + itemId).status()).isEqualTo(409);

        asReviewer.post("/api/v1/plans/" + planId + "/approve");
        assertThat(asStaff.post("/api/v1/plans/" + planId + "/items", extra).status()).isEqualTo(409);
        assertThat(asStaff.put("/api/v1/plans/" + planId + "/items/" + itemId,
                "{\"month\":6,\"form\":\"ONLINE\"}").status()).isEqualTo(409);
        assertThat(api.anonymous().get("/api/v1/plans/" + planId).json().get("items")).hasSize(1);
    }

    @Test
    void aSecondPlanOfTheSameOrganisationAndYearIsAConflict() {
        int year = PlanFixtures.nextYear();
        createPlan(year);

        Api.Response again = asStaff.post("/api/v1/plans",
                "{\"organizationId\":%d,\"year\":%d}".formatted(fixtures.tongchuanCommittee(), year));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("通川区政协", String.valueOf(year));
    }

    @Test
    void aPlanNeedsAPlanningOrganisationAndAYear() {
        Api.Response department = asStaff.post("/api/v1/plans",
                "{\"organizationId\":%d,\"year\":2031}".formatted(fixtures.organization("通川区住房和城乡建设局", "511702")));
        Api.Response noYear = asStaff.post("/api/v1/plans", "{\"organizationId\":%d}".formatted(fixtures.tongchuanCommittee()));

        assertThat(department.status()).isEqualTo(400);
        assertThat(fields(department)).containsExactly("organizationId");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(fields(noYear)).containsExactly("year");
    }

    @Test
    void theDemoCityPlanIsApprovedAndPublicAndTheDistrictDraftIsNot() {
        JsonNode city = api.anonymous().get("/api/v1/plans?year=2026").json().get("items").valueStream()
                .filter(plan -> plan.get("organizationName").asString().equals("达州市政协")).findFirst().orElseThrow();
        assertThat(city.get("status").asString()).isEqualTo("APPROVED");
        assertThat(city.get("items").valueStream().map(i -> i.get("topicStatus").asString())).containsOnly("PLANNED");
        assertThat(api.anonymous().get("/api/v1/plans?year=2027").json().get("items")).isEmpty();
    }
}
