package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Handling;
import org.gongshang.outcome.NewRecommendation;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.Transfer;
import org.gongshang.region.Organizations;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Departments find a transferred recommendation in their inbox with its deadlines, co-handlers are
 * asked for their opinion, and staff hear urgently of a return, in each reader's language.
 */
@GongshangTest
class OutcomeNoticesTests {

    @Autowired Recommendations recommendations;
    @Autowired Handling handling;
    @Autowired Organizations organizations;
    @Autowired Actors actors;
    @Autowired Inbox inbox;
    @Autowired People people;

    @Test
    void theDepartmentsHearOfATransferAndStaffOfAReturn() {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        Person lead = people.withRole(Role.DEPARTMENT, "市卫生健康委员会");
        Person coHandler = people.withRole(Role.DEPARTMENT, "市民政局");
        Actor actor = actors.of(staff.id());
        long id = recommendations.create(new NewRecommendation("在凤凰山社区设立老年人助餐点，为八十岁以上老人提供送餐服务。", null, null,
                "511702", RecommendationSource.MEMBER_SUGGESTION, true), actor).id();
        recommendations.signOff(id, actor);
        var transferred = recommendations.transfer(id, new Transfer(organization("市卫生健康委员会"), List.of(organization("市民政局")), 30), actor);

        InboxMessage toLead = message(lead, "/recommendations/" + id + "/handling");
        assertThat(toLead.kind()).isEqualTo(MessageKind.OUTCOME);
        assertThat(toLead.title()).isEqualTo("有协商成果交由您的单位办理");
        assertThat(toLead.body()).contains("在凤凰山社区设立老年人助餐点", transferred.signDueOn().toString(), transferred.dueDate().toString());
        assertThat(message(coHandler, "/recommendations/" + id + "/handling").title()).isEqualTo("有协商成果请您的单位协办");

        handling.dispute(id, "助餐点由民政部门牵头。", actors.of(lead.id()));
        InboxMessage toStaff = message(staff, "/recommendations/" + id + "/manage");
        assertThat(toStaff.urgent()).isTrue();
        assertThat(toStaff.body()).contains("助餐点由民政部门牵头。");
    }

    private InboxMessage message(Person person, String link) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> inbox.page(person.id(), 0, 50).items().stream()
                .filter(m -> link.equals(m.link())).findFirst(), Optional::isPresent).orElseThrow();
    }

    private long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }
}
