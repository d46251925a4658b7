package org.gongshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GongshangTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Test
    void theHomePageIsChineseByDefaultAndPublic() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"zh-CN\"")))
                .andExpect(content().string(containsString("有事好商量")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }

    @Test
    void englishComesWithTheLangParameterOrTheBrowsersPreference() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("Discuss together")));
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    @Test
    void aSignedInResidentSeesTheirNameAndNoRegisterButton() throws Exception {
        var resident = people.resident();
        mvc.perform(get("/").with(sessions.signedIn(resident)))
                .andExpect(content().string(containsString(resident.realName())))
                .andExpect(content().string(not(containsString("href=\"/register\""))));
    }

    @Test
    void showsWhereOneCanTakePartNowFromTheDemoData() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section(page, "open-campaigns")).contains("href=\"/campaigns/");
        assertThat(section(page, "coming-consultations")).contains("href=\"/consultations/");
        assertThat(section(page, "newest-topics")).contains("href=\"/topics/");
        assertThat(section(page, "recommendation-progress")).contains("href=\"/recommendations/");
        // Deliberations are for people signed in, as on their own pages.
        assertThat(page).doesNotContain("id=\"open-deliberations\"");

        String signedIn = mvc.perform(get("/").with(sessions.signedIn(people.resident()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(section(signedIn, "open-deliberations")).contains("href=\"/deliberations/");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
