package org.gongshang.notification;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see failed messages; the retry itself is tested with a failing gateway in OutboxRetryTests. */
@GongshangTest
class FailedMessagesPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Test
    void adminsSeeTheFailedMessagesPage() throws Exception {
        mvc.perform(get("/admin/notifications").with(sessions.signedIn(people.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("发送失败的消息")));
    }

    @Test
    void othersAreRefusedAndAnonymousVisitorsAskedToLogIn() throws Exception {
        mvc.perform(get("/admin/notifications").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/notifications").with(sessions.signedIn(people.withRole(Role.STAFF, "达州市政协"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/{id}/retry", UUID.randomUUID()).with(sessions.signedIn(people.resident())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/notifications")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void retryingAnUnknownMessageIsNotFound() throws Exception {
        mvc.perform(post("/admin/notifications/{id}/retry", UUID.randomUUID()).with(sessions.signedIn(people.admin())).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到该消息")));
    }
}
