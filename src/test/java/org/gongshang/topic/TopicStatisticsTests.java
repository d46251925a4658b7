package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.topic.TopicTally.By;
import org.gongshang.topic.internal.TopicRollup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The topic roll-up behind the dashboard: a submitted topic counted in its month, district, source and
 * status; screening moves it between cells; counted again from the topics it comes out the same; who
 * may read which district.
 */
@GongshangTest
class TopicStatisticsTests {

    @Autowired
    TopicStatistics statistics;
    @Autowired
    TopicSubmissions submissions;
    @Autowired
    Screenings screenings;
    @Autowired
    TopicRollup rollup;
    @Autowired
    People people;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTopicIsCountedWhereItWasSubmittedAndMovedWhenScreened() {
        Actor staff = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        int year = LocalDate.now(Zones.platform()).getYear();
        long submittedBefore = count(By.STATUS, "SUBMITTED", year, staff);
        long personalBefore = count(By.DECLINE_REASON, "PERSONAL", year, staff);

        long id = submissions.submit(new NewTopic("统计测试：小区路灯长期不亮", "小区东门到三号楼的路灯坏了三个月，晚上居民出行很不方便，希望尽快修复。",
                TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null, null), actors.of(people.resident().id())).id();
        assertThat(count(By.STATUS, "SUBMITTED", year, staff)).isEqualTo(submittedBefore + 1);
        assertThat(count(By.SOURCE, "PUBLIC", year, staff)).isPositive();

        screenings.decide(id, new ScreeningDecision(Decision.DECLINE, DeclineReason.PERSONAL, "个人诉求，请联系物业。", null), staff);
        assertThat(count(By.STATUS, "SUBMITTED", year, staff)).isEqualTo(submittedBefore);
        assertThat(count(By.DECLINE_REASON, "PERSONAL", year, staff)).isEqualTo(personalBefore + 1);
        assertThat(statistics.tally(By.DISTRICT, By.DECISION, year, "511702", staff))
                .anySatisfy(tally -> assertThat(tally.column()).isEqualTo("DECLINED"));
    }

    @Test
    void countedAgainFromTheTopicsTheRollUpComesOutTheSame() {
        List<String> before = rows();
        jdbc.sql("delete from topic_rollup").update();

        assertThat(rollup.rebuildIfEmpty()).isTrue();
        assertThat(rows()).isEqualTo(before);
        assertThat(rollup.rebuildIfEmpty()).isFalse();
    }

    @Test
    void residentsAndOtherDistrictsAreRefused() {
        Actor tongchuan = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        assertThatThrownBy(() -> statistics.tally(By.DISTRICT, By.STATUS, null, "511703", tongchuan))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> statistics.tally(By.DISTRICT, By.STATUS, null, null, actors.of(people.resident().id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(statistics.tally(By.DISTRICT, By.STATUS, null, null, tongchuan))
                .allSatisfy(tally -> assertThat(tally.row()).isEqualTo("511702"));
        Actor city = actors.of(people.withRole(Role.STAFF, "达州市政协").id());
        assertThat(statistics.tally(By.DISTRICT, By.STATUS, null, null, city).stream().map(TopicTally::row).distinct())
                .contains("511702");
    }

    private long count(By columns, String column, int year, Actor viewer) {
        return statistics.tally(By.DISTRICT, columns, year, "511702", viewer).stream()
                .filter(tally -> tally.column().equals(column)).mapToLong(TopicTally::topics).sum();
    }

    private List<String> rows() {
        return jdbc.sql("select concat_ws('/', month, district_code, source, category, status, decline_reason, topics)"
                + " from topic_rollup where topics <> 0 order by 1").query(String.class).list();
    }
}
