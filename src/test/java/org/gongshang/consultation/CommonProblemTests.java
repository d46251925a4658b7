package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Staff raise adopted consensus items of several consultations as one common problem (上升), linked both ways. */
@GongshangTest
class CommonProblemTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    ConsultationEventLog events;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Test
    void adoptedItemsOfTwoConsultationsAreRaisedTogether() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        long first = fixtures.create(staff);
        long firstItem = adoptedItem(staff, first, "老旧小区楼道照明统一改造");
        long second = fixtures.create(staff);
        long secondItem = adoptedItem(staff, second, "楼道灯具纳入物业维保清单");

        Api.Response one = staff.post("/api/v1/common-problems",
                "{\"title\":\"老旧小区楼道照明\",\"regionCode\":\"511702\",\"consensusItemIds\":[%d]}".formatted(firstItem));
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.json().get("code").asString()).isEqualTo("consultation.common-problem.several");

        Api.Response byResident = api.as(people.resident()).post("/api/v1/common-problems",
                "{\"title\":\"x\",\"regionCode\":\"511702\",\"consensusItemIds\":[%d,%d]}".formatted(firstItem, secondItem));
        assertThat(byResident.status()).isEqualTo(403);
        Api.Response otherDistrict = api.as(people.withRole(Role.STAFF, "达川区政协")).post("/api/v1/common-problems",
                "{\"title\":\"x\",\"regionCode\":\"511703\",\"consensusItemIds\":[%d,%d]}".formatted(firstItem, secondItem));
        assertThat(otherDistrict.status()).isEqualTo(403);

        Api.Response tooShort = staff.post("/api/v1/common-problems",
                "{\"title\":\"照明\",\"regionCode\":\"511702\",\"consensusItemIds\":[%d,%d]}".formatted(firstItem, secondItem));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(api.as(people.admin()).get("/api/v1/topics?q=照明&size=50").json().toString()).doesNotContain("\"照明\"");

        JsonNode raised = fixtures.okJson(staff.post("/api/v1/common-problems",
                "{\"title\":\"老旧小区楼道照明\",\"description\":\"两个社区都提出\",\"regionCode\":\"511702\",\"consensusItemIds\":[%d,%d]}"
                        .formatted(firstItem, secondItem)));
        assertThat(raised.get("items")).hasSize(2);
        long problemId = raised.get("problemId").asLong();
        assertThat(events.stream(CommonProblemRaised.class).filter(e -> e.problemId() == problemId)).singleElement()
                .satisfies(e -> assertThat(e.items()).extracting(CommonProblemRaised.Item::consultationId).containsExactly(first, second));

        // The topic for the CPPCC committee links back to both consultations, and they to it.
        long topicId = raised.get("topicId").asLong();
        JsonNode topic = staff.get("/api/v1/topics/" + topicId).json();
        assertThat(topic.get("title").asString()).isEqualTo("老旧小区楼道照明");
        assertThat(topic.get("source").asString()).isEqualTo("GRASSROOTS");
        assertThat(topic.get("category").asString()).isEqualTo("SOCIETY");
        assertThat(topic.get("supporters").asInt()).isZero();
        assertThat(topic.get("description").asString()).contains("两个社区都提出", "老旧小区楼道照明统一改造", "楼道灯具纳入物业维保清单");
        assertThat(topic.get("history").valueStream().filter(step -> step.get("kind").asString().equals("RAISED_FROM"))
                .map(step -> step.get("reference").asLong())).containsExactly(first, second);
        for (long consultation : new long[] {first, second}) {
            JsonNode back = staff.get("/api/v1/common-problems?consultation=" + consultation).json();
            assertThat(back.valueStream().map(p -> p.get("topicId").asLong())).containsExactly(topicId);
        }
    }

    @Test
    void theConsultationPageOffersStaffTheFormAndRaisesTheTickedAndTypedItems() throws Exception {
        Person staffPerson = fixtures.districtStaff();
        Api.Caller staff = api.as(staffPerson);
        long first = fixtures.create(staff);
        long firstItem = adoptedItem(staff, first, "背街小巷路灯统一维修");
        long second = fixtures.create(staff);
        long secondItem = adoptedItem(staff, second, "路灯维修纳入网格巡查");

        mvc.perform(get("/consultations/" + first).with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(containsString("/consultations/" + first + "/common-problem")));
        mvc.perform(get("/consultations/" + first).with(sessions.signedIn(people.resident())))
                .andExpect(content().string(not(containsString("/common-problem"))));
        mvc.perform(get("/consultations/" + first + "/common-problem").with(sessions.signedIn(staffPerson)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("背街小巷路灯统一维修"), containsString("value=\"" + firstItem + "\""))));
        mvc.perform(get("/consultations/" + first + "/common-problem").with(sessions.signedIn(people.withRole(Role.STAFF, "达川区政协"))))
                .andExpect(status().is4xxClientError());

        mvc.perform(post("/consultations/" + first + "/common-problem").with(csrf()).with(sessions.signedIn(staffPerson))
                        .param("title", "背街小巷路灯不亮").param("category", "SOCIETY").param("regionCode", "511702")
                        .param("consensusItemIds", String.valueOf(firstItem)).param("otherItems", "12, x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写共识编号")));
        mvc.perform(post("/consultations/" + first + "/common-problem").with(csrf()).with(sessions.signedIn(staffPerson))
                        .param("title", "背街小巷路灯不亮").param("category", "SOCIETY").param("regionCode", "511702")
                        .param("consensusItemIds", String.valueOf(firstItem)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("共性问题须来自至少两场协商")));
        String location = mvc.perform(post("/consultations/" + first + "/common-problem").with(csrf()).with(sessions.signedIn(staffPerson))
                        .param("title", "背街小巷路灯不亮").param("category", "SOCIETY").param("regionCode", "511702")
                        .param("consensusItemIds", String.valueOf(firstItem)).param("otherItems", String.valueOf(secondItem)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/topics/");
        JsonNode topic = staff.get("/api/v1" + location).json();
        assertThat(topic.get("description").asString()).contains("背街小巷路灯统一维修", "路灯维修纳入网格巡查");
    }

    /** A session with one attendee who adopts one consensus item, then concluded. */
    private long adoptedItem(Api.Caller staff, long id, String text) {
        long participant = fixtures.addNamed(staff, id, "李群众", "RESIDENT");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        fixtures.checkIn(staff, id, participant);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/start"));
        long item = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/consensus-items", "{\"text\":\"" + text + "\"}"))
                .get("id").asLong();
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/voting"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes",
                "{\"participantId\":" + participant + ",\"choice\":\"AGREE\"}"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/close"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/conclude"));
        return item;
    }
}
