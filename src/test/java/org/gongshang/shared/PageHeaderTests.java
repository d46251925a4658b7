package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;

import org.gongshang.support.GongshangTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The header every page shares: its switches keep the page where the person is. */
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

    private Document page(URI path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
