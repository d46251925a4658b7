package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The published grade on a consultation's public page, over real HTTP: shown to everyone once staff
 * close the evaluation of a public consultation, gone again when they reopen it, never shown for a
 * consultation that is not public, and without the evidence behind the numbers.
 */
@GongshangTest
class PublishedGradeTests {

    @Autowired
    Api api;
    @Autowired
    People people;
    @Autowired
    ApplicationContext context;
    @Autowired
    Evaluations evaluations;

    @Test
    void aClosedEvaluationOfAPublicConsultationShowsItsGradeAndPublicIndicatorsToEveryone() {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        long id = new ConcludedConsultations(context).concluded(staff, 2, true).id();
        String page = "/consultations/" + id;
        assertThat(api.anonymous().get(page).body()).doesNotContain("quality-published");

        assertThat(api.as(staff).post("/api/v1/quality/evaluations/" + id + "/close").status()).isEqualTo(200);

        Api.Response chinese = api.anonymous().get(page);
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.body()).contains("id=\"quality-published\"", "协商质量评价", "群众代表到会占比", "100%")
                .containsPattern("id=\"published-grade\">(优秀|良好|一般|较差)<")
                .doesNotContain("/consultations/" + id + "/roster");
        assertThat(api.anonymous().inLanguage("en").get(page).body()).contains("Quality evaluation", "Public indicators");

        assertThat(api.as(staff).post("/api/v1/quality/evaluations/" + id + "/reopen").status()).isEqualTo(200);
        assertThat(api.anonymous().get(page).body()).doesNotContain("quality-published");
    }

    @Test
    void aConsultationNotOpenToThePublicPublishesNothing() {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        ConcludedConsultations.Concluded concluded = new ConcludedConsultations(context).concluded(staff, 1, false);
        assertThat(api.as(staff).post("/api/v1/quality/evaluations/" + concluded.id() + "/close").status()).isEqualTo(200);

        assertThat(evaluations.find(concluded.id())).hasValueSatisfying(e -> assertThat(e.isClosed()).isTrue());
        assertThat(evaluations.published(concluded.id())).isEmpty();
        assertThat(api.anonymous().get("/consultations/" + concluded.id()).status()).isIn(302, 401, 403, 404);
    }
}
