package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The topic list's cards offer 附议 to whoever may co-sign, and the form explains 领域. */
@GongshangTest
class TopicCardsTests {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Api api;

    @Test
    void aCardOffersCoSigningOnlyToThoseWhoMay() throws Exception {
        Person submitter = people.resident();
        int n = TOPICS.incrementAndGet();
        Api.Response created = api.as(submitter).post("/api/v1/topics", """
                {"title":"卡片附议测试第%d号：菜市场缺少公厕","description":"西外菜市场周边没有公共厕所，赶集的老人很不方便，希望就近修建一座。","category":"SOCIETY","regionCode":"%s"}"""
                .formatted(n, People.COMMUNITY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String button = "id=\"cosign-" + id + "\"";
        Person neighbour = people.resident();

        assertThat(list(neighbour)).contains(button).contains("附议“卡片附议测试第" + n);
        assertThat(list(submitter)).contains("卡片附议测试第" + n).doesNotContain(button);
        assertThat(list(null)).contains("卡片附议测试第" + n).doesNotContain(button);

        mvc.perform(post("/topics/" + id + "/cosign").with(csrf()).with(sessions.signedIn(neighbour)));
        assertThat(list(neighbour)).contains("卡片附议测试第" + n).doesNotContain(button);
        assertThat(api.anonymous().get("/api/v1/topics/" + id).json().get("supporters").asInt()).isEqualTo(2);
    }

    @Test
    void theFormExplainsTheFieldsAndCarriesTheMissingCategoryMessageForScripts() throws Exception {
        String page = mvc.perform(get("/topics/new").with(sessions.signedIn(people.resident()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"category-hint\"").contains("垃圾分类").contains("id=\"category-missing\" hidden")
                .contains("请选择议题领域。").contains("/js/topic-form");
    }

    private String list(Person person) throws Exception {
        var request = get("/topics");
        return mvc.perform(person == null ? request : request.with(sessions.signedIn(person))).andReturn().getResponse()
                .getContentAsString();
    }
}
