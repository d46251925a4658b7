package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.ImageFixtures;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Briefing materials with checked attachments and who read them; research tasks reminded once a day when overdue. */
@GongshangTest
class PreparationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
    static final byte[] PNG = ImageFixtures.png(20, 20);

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    @Autowired
    MutableClock clock;

    @Autowired
    ConsultationEventLog events;

    @Autowired
    Preparation preparation;

    @Autowired
    ConsultationFixtures fixtures;
    Api.Caller staff;
    long id;

    @BeforeEach
    void consultation() {
        staff = api.as(fixtures.districtStaff());
        id = fixtures.create(staff);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndSize() {
        long material = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/materials",
                "{\"title\":\"小区现状\",\"body\":\"共 12 栋 6 层住宅\"}")).get("id").asLong();
        String path = "/api/v1/consultations/" + id + "/materials/" + material + "/attachments";
        JsonNode pdf = fixtures.okJson(staff.upload(path, "file", "现状.pdf", "application/octet-stream", PDF));
        assertThat(pdf.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(fixtures.okJson(staff.upload(path, "file", "photo.png", "image/png", PNG)).get("contentType").asString())
                .isEqualTo("image/png");

        Api.Response script = staff.upload(path, "file", "evil.pdf", "application/pdf", "<script>alert(1)</script>".getBytes());
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().get("code").asString()).isEqualTo("consultation.attachment.type");
        byte[] large = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        assertThat(staff.upload(path, "file", "big.pdf", "application/pdf", large).status()).isEqualTo(400);

        JsonNode materials = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/materials"));
        assertThat(materials.get(0).get("attachments")).hasSize(2);
        Api.Response download = staff.get("/api/v1/consultations/" + id + "/attachments/" + pdf.get("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-1.7");
    }

    @Test
    void aPhotoAttachedToAMaterialLosesItsGpsPositionAndGifOrWebpIsRefused() {
        long material = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/materials",
                "{\"title\":\"现场照片\",\"body\":\"加装电梯的楼道\"}")).get("id").asLong();
        String path = "/api/v1/consultations/" + id + "/materials/" + material + "/attachments";
        byte[] photo = ImageFixtures.jpegWithGps(64, 48);
        assertThat(ImageFixtures.hasExif(photo)).isTrue();
        JsonNode stored = fixtures.okJson(staff.upload(path, "file", "楼道.jpg", "image/jpeg", photo));
        assertThat(stored.get("contentType").asString()).isEqualTo("image/jpeg");
        byte[] download = staff.bytes("/api/v1/consultations/" + id + "/attachments/" + stored.get("id").asLong());
        assertThat(ImageFixtures.hasExif(download)).as("no EXIF, no GPS").isFalse();
        assertThat(stored.get("sizeBytes").asLong()).isEqualTo(download.length);

        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] webp = "RIFF\u0000\u0000\u0000\u0000WEBPVP8X".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (byte[] other : List.of(gif, webp)) {
            Api.Response refused = staff.upload(path, "file", "photo.gif", "image/gif", other);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("consultation.attachment.type");
        }
        Api.Response bomb = staff.upload(path, "file", "big.png", "image/png", ImageFixtures.png16(6300, 6300));
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.json().get("code").asString()).isEqualTo("consultation.attachment.too-many-pixels");
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/materials")).get(0).get("attachments")).hasSize(1);
    }

    @Test
    void theOrganiserSeesWhoHasNotReadTheMaterials() {
        Person reader = people.resident();
        Person other = people.resident();
        fixtures.addAccount(staff, id, reader, "RESIDENT");
        fixtures.addAccount(staff, id, other, "STAKEHOLDER");
        long material = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/materials", "{\"title\":\"政策依据\",\"body\":\"…\"}"))
                .get("id").asLong();
        fixtures.ok(api.as(reader).post("/api/v1/consultations/" + id + "/materials/" + material + "/read"));
        JsonNode unread = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/materials/unread"));
        assertThat(unread.get(String.valueOf(material))).singleElement()
                .satisfies(p -> assertThat(p.get("accountId").asLong()).isEqualTo(other.id()));
        assertThat(api.as(people.resident()).post("/api/v1/consultations/" + id + "/materials/" + material + "/read").status())
                .isEqualTo(403);
    }

    @Test
    void overdueResearchTasksAreRemindedOnceADay() {
        Person member = people.withRole(org.gongshang.identity.Role.MEMBER, "通川区政协");
        JsonNode task = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/research-tasks",
                "{\"title\":\"走访一楼住户\",\"assigneeAccountIds\":[%d],\"workingDays\":3}".formatted(member.id())));
        long taskId = task.get("id").asLong();
        assertThat(preparation.remindOverdue()).isZero();

        clock.advance(Duration.ofDays(10));
        preparation.remindOverdue();
        preparation.remindOverdue();
        assertThat(events.stream(ResearchTaskOverdue.class).filter(e -> e.taskId() == taskId)).singleElement()
                .satisfies(e -> assertThat(e.assigneeAccountIds()).containsExactly(member.id()));

        clock.advance(Duration.ofDays(1));
        preparation.remindOverdue();
        assertThat(events.stream(ResearchTaskOverdue.class).filter(e -> e.taskId() == taskId)).hasSize(2);

        fixtures.ok(api.as(member).post("/api/v1/consultations/" + id + "/research-tasks/" + taskId + "/report",
                "{\"report\":\"12 户一楼住户中 9 户同意\"}"));
        clock.advance(Duration.ofDays(1));
        preparation.remindOverdue();
        assertThat(events.stream(ResearchTaskOverdue.class).filter(e -> e.taskId() == taskId)).hasSize(2);
    }
}
