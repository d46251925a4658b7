package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.notification.Inbox;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The survey API over HTTP: building, publishing, answering once, results, the Excel export, and who is refused. */
@GongshangTest
class SurveyApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    Inbox inbox;

    Person staffPerson;
    Caller staff;
    SupportedTopic topic;

    @BeforeEach
    void setUp() {
        staffPerson = fixtures.districtStaff();
        staff = api.as(staffPerson);
        topic = fixtures.supportedTopic();
    }

    @Test
    void publishingInvitesTheSubmitterAndCoSignerWhoAnswerOnceEach() {
        JsonNode survey = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("健身器材整改满意度调查", topic.id(), true));
        long id = survey.get("id").asLong();
        assertThat(survey.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(survey.get("invited").asInt()).isEqualTo(2);
        assertThat(survey.get("link").asString()).endsWith("/surveys/" + id);
        assertThat(inbox.page(topic.submitter().id(), 0, 20).items())
                .anySatisfy(m -> {
                    assertThat(m.title()).contains("健身器材整改满意度调查");
                    assertThat(m.link()).isEqualTo("/surveys/" + id);
                });

        Caller submitter = api.as(topic.submitter());
        assertThat(submitter.get("/api/v1/surveys?scope=MINE").body()).contains("健身器材整改满意度调查");
        Api.Response first = submitter.post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 5, "谢谢"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().has("accountId")).isFalse();
        Api.Response second = submitter.post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 2, 1, "改主意了"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");

        Api.Response coSigner = api.as(topic.coSigner()).post("/api/v1/surveys/" + id + "/responses",
                FollowUpFixtures.answerJson(survey, 1, 3, "螺丝还是松"));
        assertThat(coSigner.status()).isEqualTo(201);

        JsonNode results = staff.get("/api/v1/surveys/" + id + "/results").json();
        assertThat(results.get("responses").asInt()).isEqualTo(2);
        JsonNode satisfaction = results.get("questions").get(0).get("choices");
        assertThat(satisfaction.get(0).get("count").asInt()).isEqualTo(1);
        assertThat(satisfaction.get(1).get("percent").asDouble()).isEqualTo(50.0);
        assertThat(results.get("questions").get(2).get("ratingAverage").asDouble()).isEqualTo(4.0);
        assertThat(results.get("questions").get(3).get("texts").toString()).contains("谢谢", "螺丝还是松");
    }

    @Test
    void wrongAnswersGetA400WithAProblemAtEachQuestion() {
        JsonNode survey = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("答题校验测试", topic.id(), true));
        long id = survey.get("id").asLong();
        JsonNode questions = survey.get("questions");
        long single = questions.get(0).get("id").asLong();
        long multiple = questions.get(1).get("id").asLong();
        long rating = questions.get(2).get("id").asLong();
        long otherChoice = questions.get(1).get("choices").get(0).get("id").asLong();
        Caller submitter = api.as(topic.submitter());

        Api.Response missing = submitter.post("/api/v1/surveys/" + id + "/responses", "{\"answers\":[]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("q" + single, "q" + rating);

        Api.Response wrong = submitter.post("/api/v1/surveys/" + id + "/responses", """
                {"answers":[{"questionId":%d,"choiceIds":[%d]},{"questionId":%d,"choiceIds":[999999999]},{"questionId":%d,"rating":6}]}"""
                .formatted(single, otherChoice, multiple, rating));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactly("q" + single, "q" + multiple, "q" + rating);
        assertThat(wrong.json().get("errors").get(2).get("message").asString()).isEqualTo("评分须为 1–5 分。");

        // Nothing was kept: the right answer still goes in.
        assertThat(submitter.post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 4, "")).status())
                .isEqualTo(201);
    }

    @Test
    void aClosedSurveyTakesNoAnswersAndAPublishedOneNoChanges() {
        JsonNode survey = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("截止测试", topic.id(), true));
        long id = survey.get("id").asLong();

        assertThat(staff.put("/api/v1/surveys/" + id, FollowUpFixtures.surveyJson("改标题", topic.id(), true)).status()).isEqualTo(409);
        assertThat(staff.post("/api/v1/surveys/" + id + "/publish").status()).isEqualTo(409);
        assertThat(staff.post("/api/v1/surveys/" + id + "/close").json().get("availability").asString()).isEqualTo("CLOSED");
        assertThat(staff.post("/api/v1/surveys/" + id + "/close").status()).isEqualTo(409);

        Api.Response late = api.as(topic.submitter()).post("/api/v1/surveys/" + id + "/responses",
                FollowUpFixtures.answerJson(survey, 0, 4, "晚了"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).isEqualTo("问卷已截止，不再接受作答。");
    }

    @Test
    void wrongSurveysGetA400AtTheirFields() {
        Api.Response response = staff.post("/api/v1/surveys", """
                {"title":" ","topicId":%d,"questions":[{"kind":"SINGLE_CHOICE","text":"只有一个选项","choices":["是"]},
                 {"kind":"RATING","text":""}]}""".formatted(topic.id()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("title", "questions[0].choices", "questions[1].text");

        Api.Response nobody = staff.post("/api/v1/surveys", """
                {"title":"无人可答","regionCode":"511702","questions":[{"kind":"RATING","text":"打分"}]}""");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(fields(nobody)).containsExactly("audience");

        long draft = staff.post("/api/v1/surveys", """
                {"title":"空问卷","topicId":%d}""".formatted(topic.id())).json().get("id").asLong();
        Api.Response empty = staff.post("/api/v1/surveys/" + draft + "/publish");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("questions");
    }

    @Test
    void onlyTheAskedSeeASurveyAndOnlyStaffOfTheRegionManageIt() {
        JsonNode survey = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("权限测试", topic.id(), true));
        long id = survey.get("id").asLong();
        Caller neighbour = api.as(people.resident());
        Caller submitter = api.as(topic.submitter());
        Caller otherStaff = api.as(fixtures.otherDistrictStaff());

        assertThat(api.anonymous().get("/api/v1/surveys/" + id).status()).isEqualTo(401);
        assertThat(neighbour.get("/api/v1/surveys/" + id).status()).isEqualTo(404);
        assertThat(neighbour.post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 4, "")).status())
                .isEqualTo(404);
        assertThat(otherStaff.get("/api/v1/surveys/" + id + "/results").status()).isEqualTo(404);
        assertThat(otherStaff.post("/api/v1/surveys", FollowUpFixtures.surveyJson("越界", topic.id(), true)).status()).isEqualTo(403);

        assertThat(submitter.get("/api/v1/surveys/" + id).status()).isEqualTo(200);
        assertThat(submitter.get("/api/v1/surveys/" + id).json().has("responses")).isFalse();
        for (String path : new String[] {"/results", "/responses", "/results.xlsx"}) {
            assertThat(submitter.get("/api/v1/surveys/" + id + path).status()).as(path).isEqualTo(403);
        }
        assertThat(submitter.post("/api/v1/surveys/" + id + "/close").status()).isEqualTo(403);
        assertThat(submitter.post("/api/v1/surveys", FollowUpFixtures.surveyJson("居民建问卷", topic.id(), true)).status())
                .isEqualTo(403);
        // Staff who were not asked may read the survey but not answer it.
        assertThat(staff.post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 4, "")).status())
                .isEqualTo(403);
    }

    @Test
    void aSurveyOpenToItsRegionIsAnsweredByItsResidentsOnly() {
        String json = FollowUpFixtures.surveyJson("面向社区的问卷", topic.id(), true)
                .replace("\"anonymous\":true", "\"anonymous\":true,\"audience\":\"REGION\",\"regionCode\":\"" + People.COMMUNITY + "\"");
        JsonNode survey = fixtures.publishedSurvey(staff, json);
        long id = survey.get("id").asLong();

        Caller neighbour = api.as(people.resident());
        assertThat(neighbour.get("/api/v1/surveys?scope=MINE").body()).contains("面向社区的问卷");
        assertThat(neighbour.post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 4, "")).status())
                .isEqualTo(201);
        Caller elsewhere = api.as(people.resident("511703001001"));
        assertThat(elsewhere.get("/api/v1/surveys/" + id).status()).isEqualTo(404);
    }

    @Test
    void rawResponsesNameTheRespondentOnlyInRealNameSurveys() throws Exception {
        JsonNode anonymous = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("匿名原始答卷", topic.id(), true));
        JsonNode realName = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("实名原始答卷", topic.id(), false));
        Caller submitter = api.as(topic.submitter());
        for (JsonNode survey : new JsonNode[] {anonymous, realName}) {
            assertThat(submitter.post("/api/v1/surveys/" + survey.get("id").asLong() + "/responses",
                    FollowUpFixtures.answerJson(survey, 1, 4, "建议定期检查")).status()).isEqualTo(201);
        }

        String anonymousRaw = staff.get("/api/v1/surveys/" + anonymous.get("id").asLong() + "/responses").body();
        assertThat(anonymousRaw).contains("建议定期检查").doesNotContain(topic.submitter().realName())
                .doesNotContain("accountId").doesNotContain("submittedAt").doesNotContain("submittedOn");
        JsonNode realRaw = staff.get("/api/v1/surveys/" + realName.get("id").asLong() + "/responses").json();
        assertThat(realRaw.get(0).get("accountId").asLong()).isEqualTo(topic.submitter().id());
        assertThat(realRaw.get(0).get("respondentName").asString()).isEqualTo(topic.submitter().realName());

        try (XSSFWorkbook workbook = workbook(anonymous.get("id").asLong())) {
            XSSFSheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("匿名原始答卷");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(text(summary)).contains("1. 是否满意？（单选）", "基本满意", "平均分");
            XSSFSheet raw = workbook.getSheet("原始答卷");
            assertThat(raw.getRow(0).getCell(1).getStringCellValue()).isEqualTo("1. 是否满意？");
            assertThat(raw.getRow(1).getCell(1).getStringCellValue()).isEqualTo("基本满意");
            assertThat(raw.getRow(1).getCell(2).getStringCellValue()).isEqualTo("螺丝松动；扶手断裂");
            assertThat(raw.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(text(workbook.getSheet("汇总")) + text(raw)).doesNotContain(topic.submitter().realName());
        }
        try (XSSFWorkbook workbook = workbook(realName.get("id").asLong())) {
            XSSFSheet raw = workbook.getSheet("原始答卷");
            assertThat(raw.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(raw.getRow(1).getCell(1).getStringCellValue()).isEqualTo(topic.submitter().realName());
        }
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Api.Response docs = api.anonymous().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/surveys/{id}/responses", "/api/v1/surveys/{id}/results", "/api/v1/follow-ups",
                "/api/v1/recommendations/{id}/follow-ups");
    }

    private XSSFWorkbook workbook(long surveyId) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/surveys/" + surveyId + "/results.xlsx"))
                .header("Authorization", "Bearer " + staff.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
        return text.toString();
    }

    private static java.util.List<String> fields(Api.Response response) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
