package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What helps the facilitator in the room: the roster one link away, why nobody can be given the floor,
 * a group checked in at once, a warning before starting far from the scheduled time, and no
 * consultation ended or cancelled by a stray tap.
 */
@GongshangTest
class ConsoleAidsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    ConsultationFixtures fixtures;

    Person staffPerson;
    Api.Caller staff;
    long id;
    long first;
    long second;

    @BeforeEach
    void scheduled() {
        staffPerson = fixtures.districtStaff();
        staff = api.as(staffPerson);
        id = fixtures.create(staff);
        first = fixtures.addNamed(staff, id, "钱大姐", "RESIDENT");
        second = fixtures.addNamed(staff, id, "孙大爷", "RESIDENT");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
    }

    @Test
    void anEmptySpeakerListSaysWhyAndLeadsToTheRoster() throws Exception {
        mvc.perform(get("/consultations/" + id + "/console").with(sessions.signedIn(staffPerson))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-attendees\"")))
                .andExpect(content().string(containsString("还没有人签到")))
                .andExpect(content().string(containsString("href=\"/consultations/" + id + "/roster\"")))
                .andExpect(content().string(not(containsString("id=\"turn-participant\""))));

        fixtures.checkIn(staff, id, first);
        mvc.perform(get("/consultations/" + id + "/console").with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(not(containsString("id=\"no-attendees\""))))
                .andExpect(content().string(containsString("id=\"turn-participant\"")))
                .andExpect(content().string(containsString("id=\"roster-link\"")));
    }

    @Test
    void staffCheckInSeveralAtOnceButNotOnesOfAnotherConsultationNorForAnotherRegion() throws Exception {
        String bulk = "/consultations/" + id + "/roster/check-ins";
        mvc.perform(get("/consultations/" + id + "/roster").with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(containsString("id=\"bulk-check-in\"")))
                .andExpect(content().string(containsString("id=\"pick-" + first + "\"")));

        long other = fixtures.create(staff);
        long stranger = fixtures.addNamed(staff, other, "周先生", "RESIDENT");
        mvc.perform(post(bulk).param("participantIds", String.valueOf(first), String.valueOf(stranger)).with(csrf())
                .with(sessions.signedIn(staffPerson))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errorText"));
        mvc.perform(post(bulk).param("participantIds", String.valueOf(first), String.valueOf(second)).with(csrf())
                .with(sessions.signedIn(people.withRole(Role.STAFF, "达川区政协")))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorText", containsString("只有组织单位的工作人员")));
        mvc.perform(post(bulk).param("participantIds", "12abc").with(csrf()).with(sessions.signedIn(staffPerson)))
                .andExpect(status().isBadRequest());
        assertThat(checkedIn()).isZero();

        mvc.perform(post(bulk).param("participantIds", String.valueOf(first), String.valueOf(second), String.valueOf(first))
                .with(csrf()).with(sessions.signedIn(staffPerson))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "consultation.action.done"));
        assertThat(checkedIn()).isEqualTo(2);
    }

    @Test
    void startingFarFromTheScheduledTimeIsPointedOut() throws Exception {
        // The fixture schedules it days ahead.
        mvc.perform(get("/consultations/" + id).with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(containsString("id=\"start-warning\"")))
                .andExpect(content().string(containsString("现在开始会提前")));
    }

    @Test
    void endingOrCancellingNeedsTheBoxTicked() throws Exception {
        String status = "/consultations/" + id + "/status";
        mvc.perform(get("/consultations/" + id).with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(containsString("取消协商")))
                .andExpect(content().string(containsString("id=\"cancel-confirmed\"")));
        mvc.perform(post(status).param("action", "cancel").param("reason", "场地不能用").with(csrf()).with(sessions.signedIn(staffPerson)))
                .andExpect(flash().attribute("errorText", containsString("请先勾选确认框")));
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id)).get("status").asString()).isEqualTo("SCHEDULED");

        fixtures.checkIn(staff, id, first);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/start"));
        mvc.perform(post(status).param("action", "conclude").with(csrf()).with(sessions.signedIn(staffPerson)))
                .andExpect(flash().attribute("errorText", containsString("请先勾选确认框")));
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id)).get("status").asString()).isEqualTo("IN_SESSION");
        mvc.perform(post(status).param("action", "conclude").param("confirmed", "true").with(csrf()).with(sessions.signedIn(staffPerson)))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id)).get("status").asString()).isEqualTo("CONCLUDED");
    }

    private long checkedIn() {
        return java.util.stream.StreamSupport.stream(fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/participants"))
                .spliterator(), false).filter(p -> p.hasNonNull("checkedInAt")).count();
    }
}
