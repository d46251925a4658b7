package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Declining a duplicate needs the topic it repeats; the screener can find any open topic of their
 * region for it, also one the similarity lookup did not offer.
 */
@GongshangTest
class ScreeningMergeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    TopicSubmissions submissions;

    @Autowired
    Topics topics;

    @Autowired
    Actors actors;

    @Test
    void aScreenerFindsTheTopicByItsNumberAndMergesTheDuplicateIntoIt() throws Exception {
        long survivor = submit("菜市场门口早高峰堵车严重", "每天早上七点到八点，菜市场门口的路口车辆和摊贩挤在一起，学生上学要绕路。");
        long duplicate = submit("早上路口太乱", "早晨买菜的人和送孩子的车都堵在一起，希望能管一管。");
        Person staff = people.withRole(Role.STAFF, "通川区政协");

        Document found = page(get("/screening/" + duplicate).param("merge", "#" + survivor).param("reason", "DUPLICATE")
                .param("note", "与已有议题重复"), staff);
        assertThat(found.select("#merge-found option").eachAttr("value")).containsExactly(String.valueOf(survivor));
        assertThat(found.selectFirst("#merge-found option").hasAttr("selected")).isTrue();
        assertThat(found.selectFirst("#note").text()).isEqualTo("与已有议题重复");
        assertThat(found.selectFirst("#reason option[selected]").val()).isEqualTo("DUPLICATE");

        mvc.perform(post("/screening/" + duplicate).with(csrf()).with(sessions.signedIn(staff)).param("decision", "DECLINE")
                        .param("reason", "DUPLICATE").param("mergeInto", String.valueOf(survivor)).param("note", "与已有议题重复"))
                .andExpect(redirectedUrl("/screening/" + duplicate));
        assertThat(topics.get(duplicate).status()).isEqualTo(TopicStatus.MERGED);
        assertThat(topics.get(duplicate).mergedInto()).isEqualTo(survivor);
    }

    @Test
    void wordsFindOpenTopicsOfTheRegionAsThePersonTypes() throws Exception {
        long survivor = submit("社区图书室周末不开放", "社区图书室只在工作日开放，上班的居民周末想借书却进不去。");
        long duplicate = submit("周末借书难", "希望社区图书室周末也能开放，方便上班的居民去借书看书。");
        Person staff = people.withRole(Role.STAFF, "通川区政协");

        Document options = page(get("/screening/" + duplicate + "/merge-candidates").param("merge", "图书室")
                .header("HX-Request", "true"), staff);

        assertThat(options.select("option").eachAttr("value")).contains(String.valueOf(survivor))
                .doesNotContain(String.valueOf(duplicate));
    }

    @Test
    void nothingFoundSaysSoAndTopicsOfOtherRegionsAreNotOffered() throws Exception {
        long duplicate = submit("楼道灯不亮", "三单元楼道的灯坏了一个多月，老人晚上上下楼梯很容易摔倒。");
        Person elsewhere = people.resident("511703001001");
        long otherRegion = submissions.submit(new NewTopic("其他区县的议题：道路破损", "西外镇有一条道路破损严重，雨天积水很深，车辆和行人都不好通过。", TopicCategory.SOCIETY,
                "511703001001", List.of(), null, null, null), actors.of(elsewhere.id())).id();
        Person staff = people.withRole(Role.STAFF, "通川区政协");

        Document page = page(get("/screening/" + duplicate).param("merge", String.valueOf(otherRegion)), staff);

        assertThat(page.select("#merge-found option")).isEmpty();
        assertThat(page.selectFirst("#merge-none-found").text()).contains(String.valueOf(otherRegion));
    }

    @Test
    void someoneWhoMayNotScreenCannotSearch() throws Exception {
        long duplicate = submit("公园健身器材坏了", "公园里的健身器材坏了很久，一直没有人来修，老人锻炼很不方便。");

        mvc.perform(get("/screening/" + duplicate + "/merge-candidates").param("merge", "公园").header("HX-Request", "true")
                .with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
    }

    private long submit(String title, String description) {
        Person resident = people.resident();
        return submissions.submit(new NewTopic(title, description, TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null,
                null), actors.of(resident.id())).id();
    }

    private Document page(MockHttpServletRequestBuilder request, Person person)
            throws Exception {
        return Jsoup.parse(mvc.perform(request.with(sessions.signedIn(person))).andReturn().getResponse().getContentAsString());
    }
}
