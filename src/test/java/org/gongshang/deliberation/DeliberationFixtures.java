package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import tools.jackson.databind.JsonNode;

/** Builds deliberations for tests over the API: an organiser of 通川区 and its statements. */
final class DeliberationFixtures {

    static final String TONGCHUAN = "511702";

    private DeliberationFixtures() {
    }

    static Person organiser(People people) {
        return people.withRole(Role.STAFF, "通川区政协");
    }

    static String json(String question, String moderation, List<String> seeds) {
        StringBuilder seedJson = new StringBuilder();
        for (String seed : seeds) {
            seedJson.append(seedJson.isEmpty() ? "" : ",").append('"').append(seed).append('"');
        }
        return """
                {"question":"%s","description":"测试","consultationId":1,"regionCode":"%s","moderation":"%s",
                 "closesAt":"%s","seedStatements":[%s]}""".formatted(question, TONGCHUAN, moderation,
                Instant.now().plus(30, ChronoUnit.DAYS), seedJson);
    }

    /** A deliberation with the seeds, created by the organiser; its id. */
    static long create(Caller organiser, String moderation, List<String> seeds) {
        Api.Response response = organiser.post("/api/v1/deliberations", json("小区加装电梯怎么办？", moderation, seeds));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static List<Long> statementIds(Caller caller, long deliberation) {
        Api.Response response = caller.get("/api/v1/deliberations/" + deliberation + "/statements");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode node : response.json()) {
            ids.add(node.get("id").asLong());
        }
        return ids;
    }

    static Api.Response vote(Caller caller, long deliberation, long statement, String value) {
        return caller.post("/api/v1/deliberations/" + deliberation + "/votes",
                "{\"statementId\":" + statement + ",\"value\":\"" + value + "\"}");
    }

    static List<String> seeds(int count) {
        String[] subjects = {"加装电梯", "停车位", "垃圾分类", "绿化带", "健身器材", "楼道照明", "快递柜", "充电桩", "排水管网",
            "外墙保温", "监控探头", "消防通道"};
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add("第" + (i + 1) + "条：小区应当优先解决" + subjects[i % subjects.length] + "问题" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10));
        }
        return seeds;
    }
}
