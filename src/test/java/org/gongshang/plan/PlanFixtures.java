package org.gongshang.plan;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.springframework.context.ApplicationContext;

/**
 * Test data for plans: accepted topics of a fresh resident, and years no other test has used, since
 * all tests share one database and an organisation has one plan per year.
 */
public class PlanFixtures {

    public static final String TONGCHUAN = "511702";
    public static final String DACHUAN_COMMUNITY = "511703001001";

    private static final AtomicInteger YEARS = new AtomicInteger(2030);
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private final People people;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Actors actors;
    private final Accounts accounts;
    private final Organizations organizations;

    /** Not a bean: a test makes one from its context, so that no test class needs a context of its own. */
    public PlanFixtures(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.submissions = context.getBean(TopicSubmissions.class);
        this.screenings = context.getBean(Screenings.class);
        this.actors = context.getBean(Actors.class);
        this.accounts = context.getBean(Accounts.class);
        this.organizations = context.getBean(Organizations.class);
    }

    /** A year no plan of the test run has. */
    public static int nextYear() {
        return YEARS.getAndIncrement();
    }

    /** A topic of 凤凰山社区 (通川区) submitted by a fresh resident and accepted by 通川区's staff. */
    public long acceptedTopic(String title) {
        return acceptedTopic(title, People.COMMUNITY, "通川区政协");
    }

    public long acceptedTopic(String title, String community, String committee) {
        long id = submittedTopic(title, community);
        screenings.decide(id, new ScreeningDecision(Decision.ACCEPT, null, null, null), actor(people.withRole(Role.STAFF, committee)));
        return id;
    }

    public long submittedTopic(String title, String community) {
        Person resident = people.resident(community);
        String unique = title + TOPICS.incrementAndGet();
        return submissions.submit(new NewTopic(unique, "居民反映这个问题已经很久了，影响到很多家庭的日常生活，希望通过协商找到解决办法。",
                TopicCategory.SOCIETY, community, List.of(), null, null, null), actor(resident)).id();
    }

    public Actor actor(Person person) {
        return actors.of(person.id());
    }

    public long organization(String name, String region) {
        return organizations.findByName(name, region).map(Organization::id).orElseThrow();
    }

    public long tongchuanCommittee() {
        return organization("通川区政协", TONGCHUAN);
    }

    /** The demo member 陈委员 (read only: tests never change demo accounts). */
    public long demoMember() {
        return accounts.findByUsername("member").orElseThrow().id();
    }
}
