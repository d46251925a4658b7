package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@GongshangTest
class InboxApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Notices notices;

    @Test
    void aNewResidentFindsTheWelcomeMessageInTheirInbox() {
        Person resident = people.resident();
        Api.Caller caller = api.as(resident);

        JsonNode inbox = await().atMost(Duration.ofSeconds(10))
                .until(() -> caller.get("/api/v1/notifications").json(), json -> json.get("total").asLong() == 1);

        assertThat(inbox.get("unreadCount").asLong()).isEqualTo(1);
        JsonNode welcome = inbox.get("items").get(0);
        assertThat(welcome.get("kind").asString()).isEqualTo("ACCOUNT");
        assertThat(welcome.get("title").asString()).isEqualTo("欢迎来到共商");
        assertThat(welcome.get("read").asBoolean()).isFalse();
        assertThat(welcome.get("link").asString()).isEqualTo("/account/notifications");
    }

    @Test
    void myMessagesComeNewestFirstInPages() {
        Person resident = residentWithWelcome();
        for (int i = 1; i <= 3; i++) {
            notices.send(List.of(resident.id()), Notice.of(MessageKind.GENERAL, "notification.account-created.title",
                    "notification.account-created.body", "第" + i + "号"));
        }

        JsonNode page = api.as(resident).get("/api/v1/notifications?page=0&size=2").json();

        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("unreadCount").asLong()).isEqualTo(4);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("body").asString()).contains("第3号");
        assertThat(page.get("items").get(1).get("body").asString()).contains("第2号");
        JsonNode last = api.as(resident).get("/api/v1/notifications?page=1&size=2").json();
        assertThat(last.get("items").get(1).get("title").asString()).isEqualTo("欢迎来到共商");
    }

    @Test
    void markingMyMessageReadAnswers204AndLowersTheUnreadCount() {
        Person resident = residentWithWelcome();
        Api.Caller caller = api.as(resident);
        long id = caller.get("/api/v1/notifications").json().get("items").get(0).get("id").asLong();

        var marked = caller.post("/api/v1/notifications/" + id + "/read");

        assertThat(marked.status()).isEqualTo(204);
        JsonNode inbox = caller.get("/api/v1/notifications").json();
        assertThat(inbox.get("unreadCount").asLong()).isZero();
        assertThat(inbox.get("items").get(0).get("read").asBoolean()).isTrue();
        assertThat(inbox.get("items").get(0).get("readAt").isNull()).isFalse();
    }

    @Test
    void someoneElsesMessageIsNotFound() {
        Person owner = residentWithWelcome();
        long id = api.as(owner).get("/api/v1/notifications").json().get("items").get(0).get("id").asLong();
        Person other = people.resident();

        var refused = api.as(other).post("/api/v1/notifications/" + id + "/read");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.as(owner).get("/api/v1/notifications").json().get("unreadCount").asLong()).isEqualTo(1);
    }

    @Test
    void markingAllReadLeavesNothingUnread() {
        Person resident = residentWithWelcome();
        notices.send(List.of(resident.id()), Notice.of(MessageKind.GENERAL, "notification.welcome.title", "notification.welcome.body"));
        Api.Caller caller = api.as(resident);

        assertThat(caller.post("/api/v1/notifications/read-all").status()).isEqualTo(204);

        JsonNode inbox = caller.get("/api/v1/notifications").json();
        assertThat(inbox.get("total").asLong()).isEqualTo(2);
        assertThat(inbox.get("unreadCount").asLong()).isZero();
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        var refused = api.anonymous().get("/api/v1/notifications");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.anonymous().post("/api/v1/notifications/read-all").status()).isEqualTo(401);
    }

    /** A new resident once the welcome message has arrived, so that counts are predictable. */
    private Person residentWithWelcome() {
        Person resident = people.resident();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.as(resident).get("/api/v1/notifications").json().get("total").asLong() == 1);
        return resident;
    }
}
