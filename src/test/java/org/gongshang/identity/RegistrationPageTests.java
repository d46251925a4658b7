package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registration page as a resident meets it: the code field, a mistyped code, the welcome and what comes next. */
@GongshangTest
class RegistrationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SentCodes sent;

    @Test
    void theCodeFieldAsksThePhoneForDigitsFromTheMessage() throws Exception {
        Document page = page(mvc.perform(get("/register")).andReturn());

        assertThat(page.selectFirst("input#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(page.selectFirst("input#code").attr("inputmode")).isEqualTo("numeric");
        assertThat(page.selectFirst("input#password").attr("autocomplete")).isEqualTo("new-password");
    }

    @Test
    void aMistypedCodeKeepsBothPasswordsSoThatNothingIsTypedTwice() throws Exception {
        String phone = People.phone();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/register/code").session(session).with(csrf()).param("phone", phone));

        Document page = page(mvc.perform(registration(phone, "000000", People.idNumber()).session(session)).andReturn());

        assertThat(page.selectFirst("#code-error").text()).isNotBlank();
        assertThat(page.selectFirst("input#password").attr("value")).isEqualTo("Secret-2026");
        assertThat(page.selectFirst("input#passwordConfirm").attr("value")).isEqualTo("Secret-2026");
        assertThat(page.selectFirst("input#realName").attr("value")).isEqualTo("陈晓梅");
    }

    @Test
    void passwordsThatDifferAreEmptiedForTypingAgain() throws Exception {
        Document page = page(mvc.perform(registration(People.phone(), "000000", People.idNumber())
                .param("passwordConfirm", "Secret-2027")).andReturn());

        assertThat(page.selectFirst("#passwordConfirm-error")).isNotNull();
        assertThat(page.selectFirst("input#password").attr("value")).isEmpty();
        assertThat(page.selectFirst("input#passwordConfirm").attr("value")).isEmpty();
    }

    @Test
    void aNewResidentIsWelcomedByNameAndOfferedWhatToDoNext() throws Exception {
        String phone = People.phone();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/register/code").session(session).with(csrf()).param("phone", phone));

        MvcResult registered = mvc.perform(registration(phone, sent.require(phone, CodePurpose.REGISTER), People.idNumber())
                .session(session)).andExpect(redirectedUrl("/account")).andReturn();
        Document account = page(mvc.perform(get("/account").session(session).flashAttrs(registered.getFlashMap())).andReturn());

        assertThat(account.selectFirst("[role=status]").text()).isEqualTo("注册成功，欢迎您，陈晓梅！");
        assertThat(account.select("#next-steps a").eachAttr("href"))
                .containsExactly("/topics/new", "/consultations", "/account/notifications");
    }

    private MockHttpServletRequestBuilder registration(String phone, String code, String idNumber) {
        return post("/register").with(csrf()).param("phone", phone).param("code", code).param("realName", "陈晓梅")
                .param("idNumber", idNumber).param("residenceRegionCode", People.COMMUNITY)
                .param("password", "Secret-2026").param("passwordConfirm", "Secret-2026");
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
