package org.gongshang.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GongshangTest
class SensitiveWordsTests {

    @Autowired
    SensitiveWords words;

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Test
    void theSeededListFlagsParadesButNotUpstreamIndustries() {
        assertThat(words.check("周末组织游行").hits()).containsExactly("游行");
        assertThat(words.check("关于支持上游行业的建议", "上游行业企业外迁").flagged()).isFalse();
    }

    @Test
    void anAdminAddsAWordThatTakesEffectAtOnce() throws Exception {
        String word = "测试词" + System.nanoTime() % 10_000;
        var admin = people.admin();

        mvc.perform(post("/admin/sensitive-words").with(sessions.signedIn(admin)).with(csrf())
                        .param("word", word).param("kind", "SENSITIVE"))
                .andExpect(redirectedUrl("/admin/sensitive-words"));

        assertThat(words.check("这里有" + word).hits()).containsExactly(word);
        mvc.perform(post("/admin/sensitive-words/try").with(sessions.signedIn(admin)).with(csrf()).param("text", "含" + word))
                .andExpect(content().string(containsString("命中：" + word)));
    }

    @Test
    void anEmptyOrDuplicateWordIsRefused() {
        assertThatThrownBy(() -> words.add(" ", WordKind.SENSITIVE, 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> words.add("游行", WordKind.SENSITIVE, 1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void onlyAdminsManageTheList() throws Exception {
        mvc.perform(get("/admin/sensitive-words")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/sensitive-words").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/sensitive-words").with(sessions.signedIn(people.withRole(Role.STAFF, "达州市政协"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/sensitive-words").with(sessions.signedIn(people.admin()))).andExpect(status().isOk());
    }
}
