package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import tools.jackson.databind.JsonNode;

/** Minutes: assembled at conclusion, edited, finalised for good, corrected as a new version, exported to Word. */
@GongshangTest

class MinutesApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    @Autowired
    ConsultationEventLog events;

    @Autowired
    ConsultationFixtures fixtures;
    Api.Caller staff;
    long id;
    String token;

    @BeforeEach
    void concludedSession() {
        staff = api.as(fixtures.districtStaff());
        token = staff.token();
        id = fixtures.create(staff);
        People.Person resident = people.resident();
        long residentId = fixtures.addAccount(staff, id, resident, "RESIDENT");
        long cadreId = fixtures.addNamed(staff, id, "赵干部", "CADRE");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        fixtures.checkIn(staff, id, residentId);
        fixtures.checkIn(staff, id, cadreId);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/start"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/turns", "{\"participantId\":" + residentId + "}"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/opinions", "{\"participantId\":" + residentId + ",\"content\":\"电梯井道占用绿地要补种\"}"));
        long item = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/consensus-items", "{\"text\":\"加装电梯前公示费用分摊方案\"}")).get("id").asLong();
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/voting"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes", "{\"participantId\":" + residentId + ",\"choice\":\"AGREE\"}"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes", "{\"participantId\":" + cadreId + ",\"choice\":\"AGREE\"}"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/close"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/conclude"));
    }

    @Test
    void concludingAssemblesADraftFromTheRecord() {
        JsonNode current = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/minutes")).get("current");
        assertThat(current.get("status").asString()).isEqualTo("DRAFT");
        assertThat(current.get("version").asInt()).isEqualTo(1);
        String body = current.get("body").asString();
        assertThat(body).contains("一、基本情况", "应到 2 人，实到 2 人", "群众代表：电梯井道占用绿地要补种",
                "加装电梯前公示费用分摊方案（赞成 2 票，反对 0 票，弃权 0 票，通过）");
        assertThat(current.get("dueOn").asString()).isNotBlank();
    }

    @Test
    void finalisedMinutesCannotBeEditedAndACorrectionIsANewVersion() {
        long minutesId = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/minutes")).get("current").get("id").asLong();
        fixtures.ok(staff.put("/api/v1/consultations/" + id + "/minutes/" + minutesId, "{\"title\":\"加装电梯协商纪要\",\"body\":\"一、基本情况\\n经协商形成共识。\"}"));
        JsonNode finalised = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/minutes/" + minutesId + "/finalise"));
        assertThat(finalised.get("status").asString()).isEqualTo("FINAL");
        assertThat(events.stream(MinutesFinalised.class).filter(e -> e.consultationId() == id)).singleElement().satisfies(e -> {
            assertThat(e.adoptedItems()).extracting(MinutesFinalised.AgreedItem::text).containsExactly("加装电梯前公示费用分摊方案");
            assertThat(e.attendeeAccountIds()).hasSize(1);
        });

        Api.Response edit = staff.put("/api/v1/consultations/" + id + "/minutes/" + minutesId, "{\"title\":\"改\",\"body\":\"改过的正文\"}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("code").asString()).isEqualTo("consultation.minutes.final");
        JsonNode unchanged = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/minutes")).get("current");
        assertThat(unchanged.get("body").asString()).isEqualTo("一、基本情况\n经协商形成共识。");
        assertThat(staff.post("/api/v1/consultations/" + id + "/minutes/" + minutesId + "/finalise").status()).isEqualTo(409);

        JsonNode correction = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/minutes/corrections"));
        assertThat(correction.get("version").asInt()).isEqualTo(2);
        assertThat(correction.get("status").asString()).isEqualTo("DRAFT");
        assertThat(fixtures.okJson(api.anonymous().get("/api/v1/consultations/" + id + "/minutes/public")).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void theWordExportReadsBackWithChineseFontsAndA4() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/consultations/" + id + "/minutes/export.docx"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            XWPFParagraph title = document.getParagraphs().getFirst();
            assertThat(title.getText()).isEqualTo("老旧小区加装电梯协商纪要");
            assertThat(title.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(title.getRuns().getFirst().getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("加装电梯前公示费用分摊方案"));
            XWPFParagraph body = document.getParagraphs().stream().filter(p -> p.getText().startsWith("协商议题")).findFirst().orElseThrow();
            assertThat(body.getRuns().getFirst().getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(16.0);
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(11906);
        }
    }

    @Test
    void strangersCannotReadDraftMinutes() {
        assertThat(api.as(people.resident()).get("/api/v1/consultations/" + id + "/minutes").status()).isIn(403, 404);
        assertThat(api.anonymous().get("/api/v1/consultations/" + id + "/minutes/public").status()).isEqualTo(404);
    }
}
