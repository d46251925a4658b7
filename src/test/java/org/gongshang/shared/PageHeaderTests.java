package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;

import jakarta.servlet.http.Cookie;
import org.gongshang.support.GongshangTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The header every page shares: its switches (language, elder mode) keep the page where the person is. */
@GongshangTest
class PageHeaderTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLanguageSwitchKeepsTheRestOfTheAddress() throws Exception {
        Document login = page(URI.create("/login?method=sms"));

        assertThat(login.select("header.site a[hreflang=en]").attr("href")).isEqualTo("/login?method=sms&lang=en");
        assertThat(login.select("header.site a[hreflang=zh-CN]").attr("href")).isEqualTo("/login?method=sms&lang=zh-CN");
        // A URI, not a template: MockMvc would encode the template's % once more.
        assertThat(page(URI.create("/topics?q=%E7%94%B5%E6%A2%AF&lang=en")).select("header.site a[hreflang=zh-CN]").attr("href"))
                .isEqualTo("/topics?q=%E7%94%B5%E6%A2%AF&lang=zh-CN");
    }

    @Test
    void theElderSwitchKeepsTheAddressAndIsRememberedInACookie() throws Exception {
        Document login = page(URI.create("/login?method=sms"));
        assertThat(login.select("#elder-switch").attr("href")).isEqualTo("/login?method=sms&elder=on");
        assertThat(login.select("html").hasClass("elder")).isFalse();

        MockHttpServletResponse on = mvc.perform(get(URI.create("/login?method=sms&elder=on"))).andReturn().getResponse();
        Document elder = Jsoup.parse(on.getContentAsString());
        assertThat(on.getCookie("gongshang-elder")).satisfies(cookie -> {
            assertThat(cookie.getValue()).isEqualTo("on");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getMaxAge()).isPositive();
        });
        assertThat(elder.select("html").hasClass("elder")).isTrue();
        assertThat(elder.select("link[href*=elder]")).hasSize(1);
        assertThat(elder.select("#elder-switch").attr("href")).isEqualTo("/login?method=sms&elder=off");
        assertThat(elder.select(".elder-tasks a").eachText()).containsExactly("提议题", "看协商", "评价", "登录");

        Document remembered = Jsoup.parse(mvc.perform(get("/topics").cookie(new Cookie("gongshang-elder", "on")))
                .andReturn().getResponse().getContentAsString());
        assertThat(remembered.select("html").hasClass("elder")).isTrue();

        MockHttpServletResponse off = mvc.perform(get("/topics?elder=off").cookie(new Cookie("gongshang-elder", "on")))
                .andReturn().getResponse();
        assertThat(off.getCookie("gongshang-elder").getMaxAge()).isZero();
        assertThat(Jsoup.parse(off.getContentAsString()).select("html").hasClass("elder")).isFalse();
    }

    @Test
    void anUnknownElderValueChangesNothing() throws Exception {
        MockHttpServletResponse odd = mvc.perform(get("/topics").param("elder", "yes<script>")).andReturn().getResponse();

        assertThat(odd.getStatus()).isEqualTo(200);
        assertThat(odd.getCookie("gongshang-elder")).isNull();
        assertThat(Jsoup.parse(odd.getContentAsString()).select("html").hasClass("elder")).isFalse();
    }

    private Document page(URI path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
