package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.support.ImageFixtures;
import org.gongshang.identity.Role;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The topic API over HTTP: submit, similar topics, co-sign, screen with pre-flags, merge, route. */
@GongshangTest
@Import(TopicApiTests.Recorder.class)
class TopicApiTests {

    /** Remembers the module's events, as the notification module will receive them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {
        static final List<Object> events = java.util.Collections.synchronizedList(new ArrayList<>());

        @Bean
        ApplicationListener<PayloadApplicationEvent<?>> topicEvents() {
            return event -> {
                if (event.getPayload().getClass().getPackageName().equals("org.gongshang.topic")) {
                    events.add(event.getPayload());
                }
            };
        }
    }

    static final String FENGHUANGSHAN = People.COMMUNITY;
    static final String BINHE = "511702001002";

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MutableClock clock;

    @Autowired
    SimilarTexts similarTexts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String topic(String title, String description) {
        return topic(title, description, FENGHUANGSHAN);
    }

    static String topic(String title, String description, String region) {
        return """
                {"title":"%s","description":"%s","category":"SOCIETY","regionCode":"%s","tags":["老旧小区改造"]}"""
                .formatted(title, description, region);
    }

    long submit(Caller caller, String json) {
        Api.Response response = caller.post("/api/v1/topics", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    @Test
    void rewordedTitlesFindTheDemoTopicsByMeaning() {
        DemoEmbeddings.awaitTopics(similarTexts);
        Caller resident = api.as(people.resident());

        JsonNode elevator = resident.get("/api/v1/topics/similar?title=" + encode("关于加快既有住宅增设电梯的建议")).json();
        JsonNode parking = resident.get("/api/v1/topics/similar?title=" + encode("建议解决老城区停车位不足")).json();

        assertThat(titles(elevator)).contains("老旧小区加装电梯推进难");
        assertThat(titles(parking)).contains("老城区停车难问题突出").noneMatch(title -> title.contains("电梯"));
    }

    static List<String> titles(JsonNode similar) {
        List<String> titles = new ArrayList<>();
        similar.forEach(topic -> titles.add(topic.get("title").asString()));
        return titles;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aResidentSubmitsSeesSimilarTopicsAnotherCoSignsAndStaffScreenWithPreflags() {
        Caller first = api.as(people.resident());
        long earlier = submit(first, topic("老旧小区加装电梯难", "凤凰山社区的老楼都是六层，没有电梯，老人上下楼非常困难，加装电梯协调难。"));
        Caller submitter = api.as(people.resident(FENGHUANGSHAN));
        Api.Response created = submitter.post("/api/v1/topics",
                topic("关于推进老旧小区电梯加装的建议", "建议对老旧小区加装电梯给予补贴，有邻居说要去法院起诉反对的住户，希望协商解决。"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode topic = created.json();
        long id = topic.get("id").asLong();
        assertThat(topic.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(topic.get("source").asString()).isEqualTo("PUBLIC");
        assertThat(topic.get("supporters").asInt()).isEqualTo(1);
        // The demo's topic of the same title ties with it by meaning; either may come first.
        List<Long> similar = new ArrayList<>();
        topic.get("similar").forEach(s -> similar.add(s.get("id").asLong()));
        assertThat(similar).contains(earlier);
        assertThat(topic.has("preflags")).isFalse();

        Person neighbour = people.resident(BINHE);
        JsonNode cosigned = api.as(neighbour).post("/api/v1/topics/" + id + "/cosign").json();
        assertThat(cosigned.get("supporters").asInt()).isEqualTo(2);
        assertThat(cosigned.get("communities").asInt()).isEqualTo(2);

        Caller staff = api.as(people.withRole(Role.STAFF, "通川区政协"));
        JsonNode seenByStaff = staff.get("/api/v1/topics/" + id).json();
        assertThat(seenByStaff.get("preflags").get(0).asString()).isEqualTo("LEGAL_LITIGATION");
        assertThat(seenByStaff.get("representative").asBoolean()).isFalse();
        assertThat(staff.get("/api/v1/topics/screening-queue").body()).contains("\"id\":" + id);

        Recorder.events.clear();
        Api.Response screened = staff.post("/api/v1/topics/" + id + "/screening",
                "{\"decision\":\"DECLINE\",\"reason\":\"LEGAL_LITIGATION\",\"note\":\"起诉事宜请通过法院解决，加装电梯可另行提出。\"}");

        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        assertThat(screened.json().get("status").asString()).isEqualTo("DECLINED");
        TopicScreened event = Recorder.events.stream().filter(TopicScreened.class::isInstance).map(TopicScreened.class::cast)
                .filter(e -> e.topicId() == id).findFirst().orElseThrow();
        assertThat(event.reason()).isEqualTo(DeclineReason.LEGAL_LITIGATION);
        assertThat(event.recipients()).containsExactlyInAnyOrder(neighbour.id(), submitterId(submitter));
        JsonNode seenBySubmitter = submitter.get("/api/v1/topics/" + id).json();
        assertThat(seenBySubmitter.get("declineReason").asString()).isEqualTo("LEGAL_LITIGATION");
        assertThat(seenBySubmitter.get("decisionNote").asString()).contains("法院");
        assertThat(api.anonymous().get("/api/v1/topics/" + id).status()).isEqualTo(404);
        assertThat(api.anonymous().get("/api/v1/topics/declined-by-reason").json().get("LEGAL_LITIGATION").asLong())
                .isPositive();
    }

    long submitterId(Caller caller) {
        return caller.get("/api/v1/me").json().get("id").asLong();
    }

    @Test
    void anAcceptedTopicIsPublicAndRoutedToTheDistrictCppccThenHandedDown() {
        long id = submit(api.as(people.resident()), topic("学校门口上下学交通拥堵", "通川区实验小学门口上下学时段车辆乱停，学生过马路很危险，需要交通疏导。"));
        Caller staff = api.as(people.withRole(Role.STAFF, "通川区政协"));
        assertThat(staff.post("/api/v1/topics/" + id + "/screening", "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(200);
        long cppcc = organization("通川区政协");
        long community = organization("凤凰山社区居民委员会");

        JsonNode routed = staff.post("/api/v1/topics/" + id + "/route",
                "{\"level\":\"CPPCC\",\"organizationId\":" + cppcc + "}").json();
        JsonNode handedDown = staff.post("/api/v1/topics/" + id + "/route",
                "{\"level\":\"GRASSROOTS\",\"organizationId\":" + community + "}").json();

        assertThat(routed.get("routedLevel").asString()).isEqualTo("CPPCC");
        assertThat(handedDown.get("routedOrganizationId").asLong()).isEqualTo(community);
        assertThat(handedDown.get("history").toString()).contains("ROUTED", "HANDED_DOWN");
        assertThat(api.anonymous().get("/api/v1/topics/" + id).json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(staff.post("/api/v1/topics/" + id + "/route", "{\"level\":\"CPPCC\",\"organizationId\":"
                + organization("市住房和城乡建设局") + "}").status()).isEqualTo(400);
    }

    long organization(String name) {
        for (JsonNode o : api.anonymous().get("/api/v1/organizations").json()) {
            if (o.get("name").asString().equals(name)) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("No organisation " + name);
    }

    @Test
    void wrongInputIsRefusedWithEveryProblemAndNothingIsStored() {
        Caller resident = api.as(people.resident());
        long before = api.anonymous().get("/api/v1/topics?size=1").json().get("total").asLong();

        Api.Response response = resident.post("/api/v1/topics",
                "{\"title\":\"太短\",\"description\":\"也太短\",\"regionCode\":\"999999\",\"tags\":[\"不存在\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"title\"", "\"description\"", "\"category\"", "\"regionCode\"", "\"tags\"");
        assertThat(api.anonymous().get("/api/v1/topics?size=1").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void aClosedCampaignRefusesSubmissionsWithAConflict() {
        Caller staff = api.as(people.withRole(Role.STAFF, "通川区政协"));
        LocalDate today = LocalDate.now(clock);
        Api.Response opened = staff.post("/api/v1/campaigns", """
                {"theme":"老旧小区改造征题","description":"请提出您小区改造的难题","regionCode":"511702","startsOn":"%s","endsOn":"%s"}"""
                .formatted(today, today));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long campaign = opened.json().get("id").asLong();
        Person person = people.resident();
        Caller resident = api.as(person);
        String json = """
                {"title":"小区雨污管网改造","description":"凤凰山社区雨污合流，下雨天污水倒灌进楼道，改造迫在眉睫。","category":"ECOLOGY","campaignId":%d}"""
                .formatted(campaign);
        assertThat(resident.post("/api/v1/topics", json).status()).isEqualTo(201);

        clock.advance(Duration.ofDays(2));
        Api.Response late = api.as(person).post("/api/v1/topics", json);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("已经结束");
        assertThat(api.anonymous().get("/api/v1/topics?campaign=" + campaign).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void declineWithoutReasonOrNoteIsRefusedAndChangesNothing() {
        long id = submit(api.as(people.resident()), topic("菜市场环境卫生脏乱差", "西外菜市场地面污水横流，垃圾清运不及时，夏天气味难闻，影响周边居民。"));
        Caller staff = api.as(people.withRole(Role.STAFF, "达州市政协"));

        Api.Response noReason = staff.post("/api/v1/topics/" + id + "/screening", "{\"decision\":\"DECLINE\",\"note\":\"说明\"}");
        Api.Response noNote = staff.post("/api/v1/topics/" + id + "/screening", "{\"decision\":\"DECLINE\",\"reason\":\"VAGUE\"}");
        Api.Response duplicateWithoutTarget = staff.post("/api/v1/topics/" + id + "/screening",
                "{\"decision\":\"DECLINE\",\"reason\":\"DUPLICATE\",\"note\":\"重复\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        assertThat(duplicateWithoutTarget.status()).isEqualTo(400);
        assertThat(duplicateWithoutTarget.body()).contains("\"field\":\"mergeInto\"");
        assertThat(staff.get("/api/v1/topics/" + id).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void staffOfAnotherRegionAreForbiddenToScreen() {
        long id = submit(api.as(people.resident()), topic("社区养老服务站缺少护理人员", "凤凰山社区养老服务站只有一名工作人员，无法提供助餐助浴服务，老人需求很大。"));
        Caller elsewhere = api.as(people.withRole(Role.STAFF, "达川区政协"));
        Caller resident = api.as(people.resident());

        assertThat(elsewhere.post("/api/v1/topics/" + id + "/screening", "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(resident.post("/api/v1/topics/" + id + "/screening", "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(api.anonymous().post("/api/v1/topics/" + id + "/screening", "{\"decision\":\"ACCEPT\"}").status())
                .isEqualTo(401);
        assertThat(elsewhere.get("/api/v1/topics/" + id).json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(elsewhere.get("/api/v1/topics/" + id).json().has("preflags")).isFalse();
    }

    @Test
    void coSigningTwiceCountsOnceAndWithdrawingIsAllowedWhileOpen() {
        Person submitter = people.resident();
        long id = submit(api.as(submitter), topic("小区停车难问题亟待解决", "晚上下班回来小区里没有车位，车都停在消防通道上，存在安全隐患，希望规划停车位。"));
        Caller neighbour = api.as(people.resident(BINHE));

        neighbour.post("/api/v1/topics/" + id + "/cosign");
        JsonNode again = neighbour.post("/api/v1/topics/" + id + "/cosign").json();
        assertThat(again.get("supporters").asInt()).isEqualTo(2);
        assertThat(again.get("supportedByMe").asBoolean()).isTrue();

        JsonNode withdrawn = neighbour.delete("/api/v1/topics/" + id + "/cosign").json();
        assertThat(withdrawn.get("supporters").asInt()).isEqualTo(1);
        assertThat(neighbour.delete("/api/v1/topics/" + id + "/cosign").json().get("supporters").asInt()).isEqualTo(1);
        assertThat(api.as(submitter).delete("/api/v1/topics/" + id + "/cosign").status()).isEqualTo(409);

        api.as(people.withRole(Role.STAFF, "通川区政协")).post("/api/v1/topics/" + id + "/screening",
                "{\"decision\":\"DECLINE\",\"reason\":\"NOT_REPRESENTATIVE\",\"note\":\"目前仅涉及少数住户，欢迎更多居民附议后再提。\"}");
        assertThat(neighbour.post("/api/v1/topics/" + id + "/cosign").status()).isEqualTo(404);
        assertThat(api.as(submitter).get("/api/v1/topics/" + id).json().get("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void mergingADuplicateKeepsTheUnionOfSupportersAndPointsToTheSurvivor() {
        Person a = people.resident();
        Person b = people.resident(BINHE);
        Person both = people.resident();
        long survivor = submit(api.as(a), topic("滨河路夜市油烟扰民", "滨河路夜市每晚烧烤油烟很大，沿街住户不敢开窗，希望规范夜市经营时间和油烟净化。"));
        long duplicate = submit(api.as(b), topic("滨河路烧烤夜市油烟太大", "夜市烧烤摊油烟直冲居民楼，晚上十二点还很吵，希望有关部门管一管。"));
        api.as(both).post("/api/v1/topics/" + survivor + "/cosign");
        api.as(both).post("/api/v1/topics/" + duplicate + "/cosign");
        Recorder.events.clear();

        Api.Response merged = api.as(people.withRole(Role.STAFF, "通川区政协")).post("/api/v1/topics/" + duplicate + "/screening",
                "{\"decision\":\"DECLINE\",\"reason\":\"DUPLICATE\",\"note\":\"与已有议题内容相同，已合并。\",\"mergeInto\":" + survivor + "}");

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.json().get("mergedInto").asLong()).isEqualTo(survivor);
        JsonNode kept = api.anonymous().get("/api/v1/topics/" + survivor).json();
        assertThat(kept.get("supporters").asInt()).isEqualTo(3);
        TopicsMerged event = Recorder.events.stream().filter(TopicsMerged.class::isInstance).map(TopicsMerged.class::cast)
                .findFirst().orElseThrow();
        assertThat(event.recipients()).containsExactlyInAnyOrder(a.id(), b.id(), both.id());
        assertThat(api.anonymous().get("/api/v1/topics/" + duplicate).json().get("mergedInto").asLong()).isEqualTo(survivor);
    }

    @Test
    void aMembersTopicIsRepresentativeAtOnceAndItsSourceIsMember() {
        Person member = people.withRole(Role.MEMBER, "达州市政协");
        JsonNode created = api.as(member).post("/api/v1/topics",
                topic("城区公共充电桩布局不合理", "老城区充电桩少，新城区充电桩闲置，建议统筹规划公共充电设施布局。", "511702")).json();
        JsonNode seen = api.as(people.withRole(Role.STAFF, "达州市政协")).get("/api/v1/topics/" + created.get("id").asLong()).json();

        assertThat(created.get("source").asString()).isEqualTo("MEMBER");
        assertThat(seen.get("representative").asBoolean()).isTrue();
    }

    @Test
    void staffEnterATopicForAVisitorAndTheirNameIsNotShown() {
        Caller staff = api.as(people.withRole(Role.STAFF, "通川区政协"));
        JsonNode created = staff.post("/api/v1/topics", """
                {"title":"公交站台缺少遮雨棚","description":"凤凰山社区门口公交站没有遮雨棚，老人雨天候车淋雨，希望加装。","category":"SOCIETY",
                 "regionCode":"%s","offlineName":"张桂兰","offlinePhone":"13912345678"}""".formatted(FENGHUANGSHAN)).json();

        assertThat(created.get("channel").asString()).isEqualTo("OFFLINE");
        assertThat(created.get("source").asString()).isEqualTo("PUBLIC");
        assertThat(created.toString()).doesNotContain("张桂兰", "13912345678");
        assertThat(api.as(people.resident()).post("/api/v1/topics", """
                {"title":"公交站台缺少遮雨棚","description":"凤凰山社区门口公交站没有遮雨棚，老人雨天候车淋雨，希望加装。","category":"SOCIETY",
                 "offlineName":"张桂兰"}""").status()).isEqualTo(403);
    }

    @Test
    void onlyImagesAreAcceptedAndOnlyFromTheSubmitter() {
        Caller submitter = api.as(people.resident());
        long id = submit(submitter, topic("社区广场舞噪音扰民", "每天晚上广场舞音响开得很大，一直到十点，影响学生学习和老人休息。"));

        Api.Response text = submitter.upload("/api/v1/topics/" + id + "/images", "file", "photo.jpg", "image/jpeg",
                "not really a picture".getBytes());
        Api.Response png = submitter.upload("/api/v1/topics/" + id + "/images", "file", "photo.png", "image/png",
                ImageFixtures.png(40, 30));
        Api.Response someoneElse = api.as(people.resident()).upload("/api/v1/topics/" + id + "/images", "file", "photo.png",
                "image/png", ImageFixtures.png(40, 30));

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("JPEG");
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(someoneElse.status()).isEqualTo(403);
        assertThat(api.anonymous().get(png.json().get("url").asString()).status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/v1/topics/" + id).json().get("images").size()).isEqualTo(1);
    }

    @Test
    void chineseFullTextSearchFindsTopicsByTheirWords() {
        long id = submit(api.as(people.resident()), topic("河堤步道路灯损坏", "州河河堤步道的路灯坏了半年，晚上散步的居民看不清路，容易摔倒。"));

        JsonNode found = api.anonymous().get("/api/v1/topics?q=" + java.net.URLEncoder.encode("路灯", java.nio.charset.StandardCharsets.UTF_8)).json();
        JsonNode notFound = api.anonymous().get("/api/v1/topics?q=" + java.net.URLEncoder.encode("幼儿园", java.nio.charset.StandardCharsets.UTF_8)).json();

        assertThat(found.get("items").toString()).contains("\"id\":" + id);
        assertThat(notFound.get("items").toString()).doesNotContain("\"id\":" + id);
    }
}
