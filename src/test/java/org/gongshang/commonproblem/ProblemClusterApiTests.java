package org.gongshang.commonproblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Common problems over real HTTP: three residents of three communities of 通川区 raise one problem in
 * their own words; staff of the city and of 通川区 see it, 达川区's staff, residents and strangers do
 * not; the city raises it as one topic that links every source both ways, once.
 */
@GongshangTest
class ProblemClusterApiTests {

    static final List<String> COMMUNITIES = List.of("511702001001", "511702001002", "511702002001");
    static final String CLUSTERS = "/api/v1/common-problems/clusters";

    @Autowired
    Api api;
    @Autowired
    People people;

    @Test
    void aProblemOfThreeCommunitiesIsShownToTheCityAndItsDistrictButNotToAnotherDistrict() {
        List<Long> topics = raise(List.of("小区窨井盖破损松动存在安全隐患", "小区窨井盖松动破损，有安全隐患",
                "小区的窨井盖破损松动，存在很大安全隐患"));
        Api.Caller city = api.as(people.withRole(Role.STAFF, "达州市政协"));
        JsonNode cluster = awaitCluster(city, topics.getFirst());

        assertThat(cluster.get("communities").asInt()).isEqualTo(3);
        assertThat(cluster.get("sources").asInt()).isEqualTo(3);
        assertThat(cluster.get("districts").get(0).get("name").asString()).isEqualTo("通川区");
        long id = cluster.get("id").asLong();
        assertThat(ids(api.as(people.withRole(Role.STAFF, "通川区政协")).get(CLUSTERS + "?district=511702"))).contains(id);
        Api.Caller other = api.as(people.withRole(Role.STAFF, "达川区政协"));
        assertThat(ids(other.get(CLUSTERS))).doesNotContain(id);
        assertThat(other.get(CLUSTERS + "/" + id).status()).isEqualTo(404);
        assertThat(other.get(CLUSTERS + "?district=511702").status()).isEqualTo(403);
        assertThat(api.as(people.resident()).get(CLUSTERS).status()).isEqualTo(403);
        assertThat(api.anonymous().get(CLUSTERS).status()).isEqualTo(401);
        JsonNode detail = city.get(CLUSTERS + "/" + id).json();
        assertThat(detail.get("sources")).extracting(source -> source.get("path").asString())
                .containsExactlyInAnyOrderElementsOf(topics.stream().map(topic -> "/topics/" + topic).toList());
    }

    @Test
    void theCityRaisesAProblemOnceAsOneTopicLinkingEverySource() {
        List<Long> topics = raise(List.of("楼道里堆满杂物堵塞消防通道", "楼道杂物堆积，堵塞了消防通道",
                "小区楼道堆放杂物堵塞消防通道"));
        Api.Caller city = api.as(people.withRole(Role.STAFF, "达州市政协"));
        long id = awaitCluster(city, topics.getFirst()).get("id").asLong();
        String body = """
                {"title":"多个社区楼道杂物堵塞消防通道","description":"三个社区的居民反映同一问题。","category":"SOCIETY","regionCode":"%s"}""";

        assertThat(api.as(people.withRole(Role.STAFF, "达川区政协")).post(CLUSTERS + "/" + id + "/escalation",
                body.formatted("511703")).status()).as("another district's staff do not see it").isEqualTo(404);
        assertThat(api.as(people.withRole(Role.STAFF, "通川区政协")).post(CLUSTERS + "/" + id + "/escalation",
                body.formatted("511700")).status()).as("the district's staff may not raise it to the city").isEqualTo(403);
        Api.Response raised = city.post(CLUSTERS + "/" + id + "/escalation", body.formatted("511700"));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        long topicId = raised.json().get("topicId").asLong();
        JsonNode topic = city.get("/api/v1/topics/" + topicId).json();
        List<Long> linked = new ArrayList<>();
        topic.get("history").forEach(step -> {
            if (step.get("kind").asString().equals("RAISED_FROM_TOPIC")) {
                linked.add(step.get("reference").asLong());
            }
        });
        assertThat(linked).containsExactlyInAnyOrderElementsOf(topics);
        assertThat(city.get("/api/v1/topics/" + topics.getFirst()).body()).contains("RAISED_INTO");
        assertThat(city.post(CLUSTERS + "/" + id + "/escalation", body.formatted("511700")).status()).isEqualTo(409);
        assertThat(city.get(CLUSTERS + "/" + id).json().get("cluster").get("raisedTopicId").asLong()).isEqualTo(topicId);
    }

    @Test
    void hostileOrWrongInputIsAProblemNotAFailure() {
        Api.Caller city = api.as(people.withRole(Role.STAFF, "达州市政协")).inLanguage("en");
        for (String path : List.of(CLUSTERS + "?district=abc", CLUSTERS + "?district=511702001001", CLUSTERS + "/abc",
                CLUSTERS + "/99999999999999999999999", CLUSTERS + "?district=%00", CLUSTERS + "?district=" + "9".repeat(5000))) {
            Api.Response response = city.get(path);
            assertThat(response.status()).as(path).isBetween(400, 414);
        }
        assertThat(city.get(CLUSTERS + "/-1").status()).isEqualTo(404);
        for (String json : List.of("{\"category\":\"NOPE\",\"regionCode\":\"511700\"}", "[]", "{\"title\":\"\\u0000\"}",
                "{\"title\":12,\"regionCode\":{}}")) {
            Api.Response response = city.post(CLUSTERS + "/1/escalation", json);
            assertThat(response.status()).as(json).isBetween(400, 404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        Api.Response regroup = api.as(people.withRole(Role.STAFF, "达州市政协")).post(CLUSTERS + "/regrouping");
        assertThat(regroup.status()).isEqualTo(403);
    }

    private List<Long> raise(List<String> titles) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String community = COMMUNITIES.get(i);
            Api.Response created = api.as(people.resident(community)).post("/api/v1/topics", """
                    {"title":"%s","description":"居民反映：%s，希望有关部门尽快解决这个问题。","category":"SOCIETY","regionCode":"%s","tags":[]}"""
                    .formatted(titles.get(i), titles.get(i), community));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ids.add(created.json().get("id").asLong());
        }
        return ids;
    }

    /** Grouping follows the topics' events after their commit, once the model has embedded them. */
    private JsonNode awaitCluster(Api.Caller caller, long sourceTopic) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (JsonNode cluster : caller.get(CLUSTERS).json()) {
                JsonNode detail = caller.get(CLUSTERS + "/" + cluster.get("id").asLong()).json();
                for (JsonNode source : detail.get("sources")) {
                    if (source.get("path").asString().equals("/topics/" + sourceTopic) && cluster.get("communities").asInt() >= 3) {
                        found[0] = cluster;
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    private static List<Long> ids(Api.Response response) {
        List<Long> ids = new ArrayList<>();
        response.json().forEach(cluster -> ids.add(cluster.get("id").asLong()));
        return ids;
    }
}
