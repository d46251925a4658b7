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

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.gongshang.shared.Zones;
import org.gongshang.support.MutableClock;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@GongshangTest
class NotificationPreferencesTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    MockMvc mvc;

    @Autowired
    Notices notices;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void smsIsOffByDefaultForEverythingButEmergenciesAndCodesAreNoChoice() {
        JsonNode settings = api.as(people.resident()).get("/api/v1/me/notification-preferences").json();

        assertThat(settings.get("language").asString()).isEqualTo("zh");
        assertThat(settings.get("hasPhone").asBoolean()).isTrue();
        assertThat(settings.get("choices")).hasSize(MessageKind.values().length - 1);
        for (JsonNode choice : settings.get("choices")) {
            boolean emergency = choice.get("kind").asString().equals("EMERGENCY");
            assertThat(choice.get("sms").asBoolean()).as(choice.toString()).isEqualTo(emergency);
            assertThat(choice.get("email").asBoolean()).as(choice.toString()).isFalse();
            assertThat(choice.get("kind").asString()).isNotEqualTo("CODE");
        }
    }

    @Test
    void aTopicNoticeStaysInTheInboxByDefaultButAnUrgentOneAlsoGoesBySms() {
        Person resident = people.resident();
        Notice topic = Notice.of(MessageKind.TOPIC, "notification.welcome.title", "notification.welcome.body");

        notices.send(List.of(resident.id()), topic);
        assertThat(smsRowsFor(resident)).isZero();

        notices.send(List.of(resident.id()), topic.urgent());
        assertThat(smsRowsFor(resident)).isEqualTo(1);
    }

    @Test
    void turningSmsOnForAKindSendsItsNoticesBySmsInTheChosenLanguage() {
        Person resident = people.resident();
        var changed = api.as(resident).put("/api/v1/me/notification-preferences",
                "{\"language\":\"en\",\"choices\":[{\"kind\":\"TOPIC\",\"sms\":true,\"email\":false}]}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("languageChosen").asBoolean()).isTrue();

        notices.send(List.of(resident.id()), Notice.of(MessageKind.TOPIC, "notification.welcome.title", "notification.welcome.body"));

        JsonNode sms = await().atMost(Duration.ofSeconds(15)).until(
                () -> api.anonymous().get("/api/v1/dev/sms?phone=" + resident.phone()).json(), json -> json.size() == 2);
        assertThat(sms.get(0).get("text").asString()).startsWith("[Gongshang] Welcome to Gongshang: You registered");
    }

    @Test
    void codesCannotBeTurnedOff() {
        var refused = api.as(people.resident()).put("/api/v1/me/notification-preferences",
                "{\"choices\":[{\"kind\":\"CODE\",\"sms\":false,\"email\":false}]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("choices");
    }

    @Test
    void thePreferencesPageExplainsSmsForCodesAndSavesTheChoices() throws Exception {
        Person resident = people.resident();
        mvc.perform(get("/account/notifications").with(sessions.signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码、应急事件通知和紧急事项")))
                .andExpect(content().string(containsString("name=\"sms\" value=\"TOPIC\"")))
                .andExpect(content().string(not(containsString("name=\"sms\" value=\"EMERGENCY\""))))
                .andExpect(content().string(containsString("短信（始终发送）")));

        mvc.perform(post("/account/notifications").with(sessions.signedIn(resident)).with(csrf())
                        .param("language", "en").param("sms", "OUTCOME").param("email", "TOPIC", "SURVEY"))
                .andExpect(redirectedUrl("/account/notifications?saved"));

        var settings = preferences.of(resident.id());
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.choices()).filteredOn(ChannelChoice::sms).extracting(ChannelChoice::kind)
                .containsExactly(MessageKind.OUTCOME, MessageKind.EMERGENCY);
        assertThat(settings.choices()).filteredOn(ChannelChoice::email).extracting(ChannelChoice::kind)
                .containsExactly(MessageKind.TOPIC, MessageKind.SURVEY);
    }

    @Test
    void theSiteLanguageBecomesTheMessageLanguageUnlessOneWasChosen() throws Exception {
        Person resident = people.resident();

        mvc.perform(get("/inbox").param("lang", "en").with(sessions.signedIn(resident))).andExpect(status().isOk());
        assertThat(preferences.of(resident.id()).language()).isEqualTo("en");

        preferences.update(resident.id(), "zh", List.of());
        mvc.perform(get("/inbox").param("lang", "en").with(sessions.signedIn(resident))).andExpect(status().isOk());
        assertThat(preferences.of(resident.id()).language()).isEqualTo("zh");
    }

    @Test
    void smsForEmergenciesCannotBeTurnedOff() {
        Person resident = people.resident();

        var changed = api.as(resident).put("/api/v1/me/notification-preferences",
                "{\"choices\":[{\"kind\":\"EMERGENCY\",\"sms\":false,\"email\":true}]}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode emergency = null;
        for (JsonNode choice : changed.json().get("choices")) {
            if (choice.get("kind").asString().equals("EMERGENCY")) {
                emergency = choice;
            }
        }
        assertThat(emergency).isNotNull();
        assertThat(emergency.get("sms").asBoolean()).isTrue();
        assertThat(emergency.get("email").asBoolean()).isTrue();
    }

    /**
     * There are no quiet hours: an emergency goes to the phone at once, at any hour (here 03:00 China
     * time), even for someone whose stored choice (made before emergencies became fixed) says no SMS.
     */
    @Test
    void anEmergencyGoesBySmsAtOnceAtNightWhateverWasChosen() {
        Person cadre = people.resident();
        jdbc.sql("""
                insert into notification_preference (account_id, kind, sms, email, updated_at)
                values (:account, 'EMERGENCY', false, false, now())""").param("account", cadre.id()).update();
        Instant now = clock.instant();
        ZonedDateTime china = now.atZone(Zones.platform());
        Duration toThreeAtNight = Duration.between(china, china.toLocalDate().plusDays(1).atTime(3, 0).atZone(Zones.platform()));
        clock.advance(toThreeAtNight);
        try {
            notices.send(List.of(cadre.id()), Notice.of(MessageKind.EMERGENCY, "notification.welcome.title",
                    "notification.welcome.body"));

            assertThat(smsRowsFor(cadre)).isEqualTo(1);
            Instant due = jdbc.sql("select next_attempt_at from outbox_message where channel = 'SMS' and account_id = :id")
                    .param("id", cadre.id()).query(Timestamp.class).single().toInstant();
            assertThat(due).isBeforeOrEqualTo(clock.instant());
        } finally {
            clock.reset();
        }
    }

    private int smsRowsFor(Person person) {
        return jdbc.sql("select count(*) from outbox_message where channel = 'SMS' and account_id = :id")
                .param("id", person.id()).query(Integer.class).single();
    }
}
