package org.gongshang.emergency;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people of the demo places that emergency tests act as, each made fresh, and what they were told.
 * 凤凰山社区 (511702001001) lies in 东城街道 (511702001000), 通川区 (511702), 达州市 (511700).
 */
class EmergencyFixtures {

    static final String COMMUNITY = "511702001001";
    static final String NEIGHBOUR_COMMUNITY = "511702001002";
    static final String OTHER_DISTRICT_COMMUNITY = "511703001001";

    private final People people;
    private final Api api;
    private final JdbcClient jdbc;

    /** From the shared test context, so that tests using it start no context of their own. */
    EmergencyFixtures(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.api = context.getBean(Api.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    Person communityCadre() {
        return people.withRole(Role.CADRE, "凤凰山社区居民委员会");
    }

    Person neighbourCadre() {
        return people.withRole(Role.CADRE, "滨河社区居民委员会");
    }

    Person townshipCadre() {
        return people.withRole(Role.CADRE, "东城街道办事处");
    }

    Person districtStaff() {
        return people.withRole(Role.STAFF, "通川区政协");
    }

    Person otherDistrictStaff() {
        return people.withRole(Role.STAFF, "达川区政协");
    }

    Person cityStaff() {
        return people.withRole(Role.STAFF, "达州市政协");
    }

    Person department() {
        return people.withRole(Role.DEPARTMENT, "市住房和城乡建设局");
    }

    Person resident() {
        return people.resident(COMMUNITY);
    }

    Person residentOf(String community) {
        return people.resident(community);
    }

    Api.Caller as(Person person) {
        return api.as(person);
    }

    Api.Caller anonymous() {
        return api.anonymous();
    }

    /** A report as JSON; {@code severity} MINOR, SERIOUS or MAJOR. */
    static String report(String title, String severity) {
        return report(title, severity, COMMUNITY);
    }

    static String report(String title, String severity, String region) {
        return """
                {"title": "%s", "description": "供水主管爆裂，地下车库积水约一米，车辆被淹。", "category": "UTILITIES",
                 "severity": "%s", "regionCode": "%s", "address": "凤凰苑 3 栋", "peopleAffected": 300}""".formatted(title, severity, region);
    }

    /** Emergency notices in the person's inbox. */
    int emergencyNotices(Person person) {
        return jdbc.sql("select count(*) from notification where account_id = :id and kind = 'EMERGENCY'")
                .param("id", person.id()).query(Integer.class).single();
    }

    /** Emergency SMS to the person, waiting or sent. */
    int emergencySms(Person person) {
        return jdbc.sql("select count(*) from outbox_message where account_id = :id and kind = 'EMERGENCY' and channel = 'SMS'")
                .param("id", person.id()).query(Integer.class).single();
    }

    int notices(Person person, String kind) {
        return jdbc.sql("select count(*) from notification where account_id = :id and kind = :kind")
                .param("id", person.id()).param("kind", kind).query(Integer.class).single();
    }
}
