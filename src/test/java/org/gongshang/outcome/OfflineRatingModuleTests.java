package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.time.LocalDate;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offline satisfaction through the use cases over the embedded PostgreSQL: what a row keeps, and the rule counting it. */
@GongshangTest
class OfflineRatingModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfflineRatings offline;

    @Autowired
    SatisfactionRatings ratings;

    @Autowired
    Recommendations recommendations;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aForumsCountsAreKeptWithWhoEnteredThemAndDecideTheRound() {
        OutcomeFixtures fixtures = new OutcomeFixtures(context);
        Person staffPerson = fixtures.districtStaff();
        Actor staff = actors.of(staffPerson.id());
        long id = replied(fixtures, fixtures.api.as(staffPerson));
        LocalDate today = LocalDate.now(fixtures.clock.withZone(Zones.platform()));

        OfflineRating entered = offline.enter(id, new OfflineRatingEntry(RatingOccasion.FORUM, today, "议事厅", null, 9, 1, 0,
                "签到表存档"), null, staff);
        Map<String, Object> row = jdbc.sql("select * from outcome_offline_rating where id = :id").param("id", entered.id())
                .query().singleRow();
        assertThat(row).containsEntry("entered_by", staff.accountId()).containsEntry("handling_round", 1)
                .containsEntry("satisfied", 9).containsEntry("photo", null);
        assertThat(offline.enter(id, OfflineRatingEntry.person(RatingOccasion.RETURN_VISIT, today, null, "钱阿姨",
                Satisfaction.BASICALLY_SATISFIED, "入户回访"), null, staff).respondentName()).isEqualTo("钱阿姨");

        ratings.closeWindow(id, staff);
        RatingRound round = recommendations.details(id, staff).ratingRounds().getFirst();
        assertThat(round.result()).isEqualTo(SatisfactionResult.SATISFIED);
        assertThat(round.satisfied()).isEqualTo(9);
        assertThat(round.basicallySatisfied()).isEqualTo(2);
        assertThatThrownBy(() -> offline.enter(id, new OfflineRatingEntry(RatingOccasion.FORUM, today, null, null, 1, 0, 0, "晚到"),
                null, staff)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    private static long replied(OutcomeFixtures fixtures, Api.Caller staff) {
        Api.Caller lead = fixtures.api.as(fixtures.department(OutcomeFixtures.HOUSING));
        long id = ok(staff.post("/api/v1/recommendations", """
                {"text":"为凤凰山社区老旧楼道加装扶手。","regionCode":"511702","source":"MEMBER_SUGGESTION","isPublic":true}"""))
                .get("id").asLong();
        String path = "/api/v1/recommendations/" + id;
        ok(staff.post(path + "/sign-off"));
        ok(staff.post(path + "/transfer", "{\"leadOrganizationId\":%d,\"workingDays\":40}"
                .formatted(fixtures.organization(OutcomeFixtures.HOUSING))));
        ok(lead.post(path + "/accept"));
        ok(lead.post(path + "/reply", "{\"grade\":\"A\",\"text\":\"扶手已装好。\"}"));
        return id;
    }
}
