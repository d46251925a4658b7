package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.NewPlan;
import org.gongshang.plan.PlanDrafting;
import org.gongshang.plan.PlanFixtures;
import org.gongshang.plan.PlanItemInput;
import org.gongshang.plan.PlanReviews;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Reviewers hear that a plan awaits them; the drafting staff hear of the approval or the return, with the comment. */
@GongshangTest
class PlanNoticesTests {

    @Autowired
    PlanDrafting drafting;

    @Autowired
    PlanReviews reviews;

    @Autowired
    Inbox inbox;

    @Autowired
    People people;

    @Autowired
    ApplicationContext context;

    List<InboxMessage> messages(Person person) {
        return inbox.page(person.id(), 0, 20).items();
    }

    long submittedPlan(PlanFixtures fixtures, Person staff, int year) {
        long planId = drafting.create(new NewPlan(fixtures.tongchuanCommittee(), year), fixtures.actor(staff)).id();
        drafting.addItem(planId, new PlanItemInput(fixtures.acceptedTopic("社区图书室藏书太旧"), 11, ConsultationForm.OFFLINE,
                List.of(), List.of()), fixtures.actor(staff));
        drafting.submit(planId, fixtures.actor(staff));
        return planId;
    }

    @Test
    void reviewersOfTheRegionAreToldOfASubmittedPlanAndOthersAreNot() {
        PlanFixtures fixtures = new PlanFixtures(context);
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        Person reviewer = people.withRole(Role.REVIEWER, "中共达州市委");
        Person elsewhere = people.withRole(Role.REVIEWER, "达川区交通运输局");
        int year = PlanFixtures.nextYear();

        long planId = submittedPlan(fixtures, staff, year);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages(reviewer))
                .anySatisfy(m -> {
                    assertThat(m.body()).contains("通川区政协" + year + "年度协商选题计划", "请审定");
                    assertThat(m.link()).isEqualTo("/plans/" + planId + "/review");
                }));
        assertThat(messages(elsewhere)).noneMatch(m -> m.body().contains("年度协商选题计划"));
    }

    @Test
    void theDraftingStaffAreToldWhyAPlanWasReturnedAndThatItWasApproved() {
        PlanFixtures fixtures = new PlanFixtures(context);
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        Person reviewer = people.withRole(Role.REVIEWER, "中共达州市委");
        long planId = submittedPlan(fixtures, staff, PlanFixtures.nextYear());

        reviews.returnToDrafters(planId, "请补充牵头委员和相关部门。", fixtures.actor(reviewer));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages(staff))
                .anySatisfy(m -> assertThat(m.body()).contains("被退回修改", "请补充牵头委员和相关部门。")));

        drafting.submit(planId, fixtures.actor(staff));
        reviews.approve(planId, fixtures.actor(reviewer));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages(staff))
                .anySatisfy(m -> assertThat(m.body()).contains("已审定通过")));
    }
}
