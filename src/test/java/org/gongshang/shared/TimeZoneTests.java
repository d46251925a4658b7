package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.Topics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One zone everywhere: the tests' JVM starts in UTC (the build's argLine), as many servers do, and
 * every page still shows Beijing time and day, also just after midnight, when UTC's day is another.
 */
@GongshangTest
class TimeZoneTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIMELINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    TopicSubmissions submissions;

    @Autowired
    Topics topics;

    @Autowired
    Actors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock applicationClock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApplicationCountsInBeijingTimeUnlessConfiguredOtherwise() {
        assertThat(Zones.platform()).isEqualTo(BEIJING);
        assertThat(applicationClock.getZone()).isEqualTo(BEIJING);
        assertThat(ZoneId.systemDefault()).isEqualTo(BEIJING);
    }

    @Test
    void aTopicSubmittedJustAfterMidnightShowsBeijingsDayOnItsPageAndBeijingsTimeInItsTimelines() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(BEIJING);
        // Half past midnight in Beijing is the afternoon before in UTC: the day itself would differ.
        ZonedDateTime afterMidnight = now.toLocalDate().plusDays(1).atTime(0, 30).atZone(BEIJING);
        clock.advance(Duration.between(now, afterMidnight));
        Person resident = people.resident();
        long id = submissions.submit(new NewTopic("半夜提交的议题：小区路灯不亮", "小区东门的路灯坏了两个月，晚上出行很不方便。",
                TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null, null), actors.of(resident.id())).id();
        // The timeline's times are the database's, not the test clock's: what matters is the zone they are shown in.
        String submittedStep = TIMELINE.format(topics.history(id).getFirst().at().atZone(BEIJING));

        Document topic = page("/topics/" + id, resident);
        Document screening = page("/screening/" + id, people.withRole(Role.STAFF, "通川区政协"));

        assertThat(topic.select("time").first().text()).isEqualTo(afterMidnight.toLocalDate().toString());
        assertThat(topic.select("ol.timeline time").first().text()).isEqualTo(submittedStep);
        assertThat(screening.select("ol.timeline time").first().text()).isEqualTo(submittedStep);
    }

    @Test
    void anotherZoneCanBeConfiguredAndAnUnknownOneStopsTheStart() {
        try {
            new PlatformTimeZone().postProcessEnvironment(new MockEnvironment().withProperty("gongshang.time-zone", "Asia/Urumqi"),
                    new SpringApplication());
            assertThat(Zones.platform()).isEqualTo(ZoneId.of("Asia/Urumqi"));
            assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Urumqi");

            assertThatThrownBy(() -> new PlatformTimeZone().postProcessEnvironment(
                    new MockEnvironment().withProperty("gongshang.time-zone", "Beijing"), new SpringApplication()))
                    .hasMessageContaining("gongshang.time-zone=Beijing");
        } finally {
            Zones.use(BEIJING);
        }
    }

    private Document page(String path, Person person) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(sessions.signedIn(person))).andReturn().getResponse().getContentAsString());
    }
}
