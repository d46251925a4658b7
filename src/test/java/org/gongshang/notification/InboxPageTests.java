package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GongshangTest
class InboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Inbox inbox;

    @Autowired
    Notices notices;

    @Test
    void theHeaderShowsHowManyMessagesAreUnread() throws Exception {
        Person resident = residentWithWelcome();
        notices.send(List.of(resident.id()), Notice.of(MessageKind.GENERAL, "notification.welcome.title", "notification.welcome.body"));

        mvc.perform(get("/").with(sessions.signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"badge\" title=\"有 2 条未读消息\">2</span>")));
    }

    @Test
    void theInboxShowsUnreadMessagesInBoldWithAFormToMarkThemRead() throws Exception {
        Person resident = residentWithWelcome();
        long id = inbox.page(resident.id(), 0, 1).items().getFirst().id();

        mvc.perform(get("/inbox").with(sessions.signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 class=\"unread\">欢迎来到共商</h2>")))
                .andExpect(content().string(containsString("1 条未读")))
                .andExpect(content().string(containsString("action=\"/inbox/" + id + "/read\"")))
                .andExpect(content().string(containsString("hx-post=\"/inbox/" + id + "/read\"")));
    }

    @Test
    void markingReadWithoutJavaScriptReturnsToTheInbox() throws Exception {
        Person resident = residentWithWelcome();
        long id = inbox.page(resident.id(), 0, 1).items().getFirst().id();

        mvc.perform(post("/inbox/{id}/read", id).param("page", "0").with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(redirectedUrl("/inbox?page=0"));

        assertThat(inbox.unreadCount(resident.id())).isZero();
        mvc.perform(get("/inbox").with(sessions.signedIn(resident)))
                .andExpect(content().string(not(containsString("class=\"unread\""))))
                .andExpect(content().string(containsString("没有未读消息")));
    }

    @Test
    void markingReadWithHtmxSwapsJustTheMessageAndTheCount() throws Exception {
        Person resident = residentWithWelcome();
        long id = inbox.page(resident.id(), 0, 1).items().getFirst().id();

        mvc.perform(post("/inbox/{id}/read", id).header("HX-Request", "true").with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"message-" + id + "\"")))
                .andExpect(content().string(not(containsString("class=\"unread\""))))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("没有未读消息")));
        assertThat(inbox.unreadCount(resident.id())).isZero();
    }

    @Test
    void markAllReadWorksAsAPlainForm() throws Exception {
        Person resident = residentWithWelcome();

        mvc.perform(post("/inbox/read-all").with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(redirectedUrl("/inbox?allRead"));

        assertThat(inbox.unreadCount(resident.id())).isZero();
    }

    @Test
    void someoneElsesMessageIsNotFoundOnThePagesToo() throws Exception {
        Person owner = residentWithWelcome();
        long id = inbox.page(owner.id(), 0, 1).items().getFirst().id();

        mvc.perform(post("/inbox/{id}/read", id).with(sessions.signedIn(people.resident())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(inbox.unreadCount(owner.id())).isEqualTo(1);
    }

    @Test
    void theInboxNeedsALogin() throws Exception {
        mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/notifications")).andExpect(redirectedUrl("/login"));
    }

    private Person residentWithWelcome() {
        Person resident = people.resident();
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadCount(resident.id()) == 1);
        return resident;
    }
}
