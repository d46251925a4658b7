package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.gongshang.identity.Role;
import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: they render for whom they should, refuse others, check in by QR code and mask walk-ins' phones. */
@GongshangTest
class ConsultationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationFixtures fixtures;
    Person staffPerson;
    Api.Caller staff;
    Person resident;
    long id;

    @BeforeEach
    void scheduled() {
        staffPerson = fixtures.districtStaff();
        staff = api.as(staffPerson);
        id = fixtures.create(staff);
        resident = people.resident();
        fixtures.addAccount(staff, id, resident, "RESIDENT");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
    }

    @Test
    void theOrganisersPagesRender() throws Exception {
        for (String page : new String[] {"", "/preparation", "/roster", "/console", "/minutes"}) {
            mvc.perform(get("/consultations/" + id + page).with(sessions.signedIn(staffPerson)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("老旧小区加装电梯")));
        }
        mvc.perform(get("/consultations").param("scope", "ORGANISER").with(sessions.signedIn(staffPerson)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/consultations/" + id)));
        mvc.perform(get("/consultations/new").with(sessions.signedIn(staffPerson)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("通川区政协")));
        mvc.perform(get("/consultations/" + id + "/preparation").with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(containsString("data-check=\"composition\"")));
        mvc.perform(get("/consultations/" + id + "/console").param("lang", "en").with(sessions.signedIn(staffPerson)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Facilitator console")))
                .andExpect(content().string(containsString("Speaking time")));
    }

    @Test
    void thePublicSeesAScheduledOpenConsultationButNotItsRoster() throws Exception {
        mvc.perform(get("/consultations")).andExpect(status().isOk()).andExpect(content().string(containsString("/consultations/" + id)));
        mvc.perform(get("/consultations/" + id)).andExpect(status().isOk());
        mvc.perform(get("/consultations/" + id + "/roster")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/consultations/" + id + "/console").with(sessions.signedIn(resident))).andExpect(status().isForbidden());
        mvc.perform(get("/consultations/" + id + "/roster").with(sessions.signedIn(people.withRole(Role.STAFF, "达川区政协"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theQrCodeLeadsToTheCheckInPageWhereTheParticipantChecksIn() throws Exception {
        byte[] png = mvc.perform(get("/consultations/" + id + "/check-in/qr.png").with(sessions.signedIn(staffPerson)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(url).startsWith("http://localhost/consultations/" + id + "/check-in?code=");
        String code = url.substring(url.indexOf("code=") + 5);

        mvc.perform(get("/consultations/" + id + "/check-in").param("code", code).with(sessions.signedIn(resident)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"check-in\"")));
        mvc.perform(post("/consultations/" + id + "/check-in").param("code", "0000").with(csrf()).with(sessions.signedIn(resident)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("签到码无效")));
        mvc.perform(post("/consultations/" + id + "/check-in").param("code", code).with(csrf()).with(sessions.signedIn(resident)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("签到成功")));
        var roster = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/participants"));
        assertThat(roster.get(0).get("checkInMethod").asString()).isEqualTo("QR");

        Person stranger = people.resident();
        mvc.perform(post("/consultations/" + id + "/check-in").param("code", code).with(csrf()).with(sessions.signedIn(stranger)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWalkInsPhoneIsEncryptedInTheDatabaseAndMaskedOnThePage() throws Exception {
        String phone = People.phone();
        var walkIn = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/walk-ins",
                "{\"name\":\"张大爷\",\"category\":\"RESIDENT\",\"phone\":\"" + phone + "\"}"));
        long participantId = walkIn.get("id").asLong();
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(walkIn.get("maskedPhone").asString()).isEqualTo(masked);
        assertThat(walkIn.toString()).doesNotContain(phone);

        byte[] stored = jdbc.sql("select phone_cipher from participant where id = :id").param("id", participantId)
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(phone);
        assertThat(stored.length).isGreaterThan(phone.length());

        mvc.perform(get("/consultations/" + id + "/roster").with(sessions.signedIn(staffPerson)))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(phone))));
    }

    @Test
    void theOrganiserEditsTheAgendaWithoutJavaScript() throws Exception {
        var agenda = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/agenda"));
        String briefing = agenda.get(0).get("id").asString();
        String questions = agenda.get(1).get("id").asString();
        var form = post("/consultations/" + id + "/preparation/agenda").with(csrf()).with(sessions.signedIn(staffPerson));
        for (int i = 0; i < agenda.size(); i++) {
            form.param("itemId", agenda.get(i).get("id").asString()).param("kind", agenda.get(i).get("kind").asString())
                    .param("title", i == 0 ? "街道通报加装电梯政策" : "");
        }
        form.param("itemId", "").param("kind", "OTHER").param("title", "现场查看楼道").param("remove", questions);
        mvc.perform(form).andExpect(status().is3xxRedirection());

        var edited = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/agenda"));
        assertThat(edited).extracting(item -> item.get("kind").asString())
                .containsExactly("BRIEFING", "ANSWERS", "DISCUSSION", "CONSENSUS", "OTHER");
        assertThat(edited.get(0).get("id").asString()).isEqualTo(briefing);
        assertThat(edited.get(0).get("title").asString()).isEqualTo("街道通报加装电梯政策");
        assertThat(edited.get(4).get("title").asString()).isEqualTo("现场查看楼道");
    }

    @Test
    void aWalkInWithoutPhoneIsCheckedInAtOnce() {
        var walkIn = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/walk-ins", "{\"name\":\"李奶奶\",\"category\":\"STAKEHOLDER\"}"));
        assertThat(walkIn.get("checkInMethod").asString()).isEqualTo("WALK_IN");
        assertThat(walkIn.get("maskedPhone").isNull()).isTrue();
    }
}
