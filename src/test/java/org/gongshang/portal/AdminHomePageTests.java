package org.gongshang.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GongshangTest
class AdminHomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Test
    void adminsSeeEverySection() throws Exception {
        mvc.perform(get("/admin").with(sessions.signedIn(people.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/admin/regions\""), containsString("href=\"/admin/organizations\""),
                        containsString("href=\"/admin/calendar\""), containsString("href=\"/admin/accounts\""),
                        containsString("href=\"/admin/audit\""), containsString("href=\"/admin/notifications\""),
                        containsString("审计日志"), containsString("发送失败的消息"))));
    }

    @Test
    void staffSeeOnlyTheAccounts() throws Exception {
        mvc.perform(get("/admin").with(sessions.signedIn(people.withRole(Role.STAFF, "达州市政协"))).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/accounts\""), containsString("Accounts and roles"),
                        not(containsString("href=\"/admin/regions\"")), not(containsString("href=\"/admin/audit\"")),
                        not(containsString("href=\"/admin/calendar\"")), not(containsString("href=\"/admin/notifications\"")))));
    }

    @Test
    void residentsAreRefused() throws Exception {
        mvc.perform(get("/admin").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
    }
}
