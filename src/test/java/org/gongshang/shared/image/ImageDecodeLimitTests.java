package org.gongshang.shared.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.ImageFixtures;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While every decoder of the node is busy, an upload waits briefly and is then told to come back:
 * 503 with Retry-After and problem details on the API, a readable message on the form, nothing stored.
 * A picture over the limits is refused at once all the same: it never needs a decoder.
 */
@GongshangTest
class ImageDecodeLimitTests {

    @Autowired
    ImageSanitizer sanitizer;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUploadWhileEveryDecoderIsBusyIsA503WithRetryAfterAndNothingIsStored() throws Exception {
        Person resident = people.resident();
        Api.Caller caller = api.as(resident);
        Api.Response topic = caller.post("/api/v1/topics", """
                {"title":"小区门口的路灯坏了很久","description":"小区门口的路灯坏了两个月，晚上出入很不安全，希望尽快修好。",
                 "category":"SOCIETY","regionCode":"%s","tags":[]}""".formatted(People.COMMUNITY));
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        long topicId = topic.json().get("id").asLong();
        String images = "/api/v1/topics/" + topicId + "/images";

        sanitizer.occupyAll();
        try {
            HttpResponse<String> busy = upload(caller, images, ImageFixtures.jpeg(64, 48));
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).contains("2");
            assertThat(busy.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(busy.body()).contains("error.images-busy");

            HttpResponse<String> bomb = upload(caller, images, ImageFixtures.png16(6300, 6300));
            assertThat(bomb.statusCode()).as("refused from its header, without waiting for a decoder").isEqualTo(400);
            assertThat(bomb.body()).contains("topic.image.too-many-pixels");

            mvc.perform(multipart("/topics/new").file(new MockMultipartFile("images", "a.jpg", "image/jpeg", ImageFixtures.jpeg(64, 48)))
                            .param("title", "社区图书室晚上不开门").param("description", "社区图书室只在工作日白天开放，上班族和学生根本用不上，希望晚上也开放。")
                            .param("category", "CULTURE").param("regionCode", People.COMMUNITY).param("confirmed", "true")
                            .with(sessions.signedIn(resident)).with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("图片处理繁忙，请在 2 秒后重试。")));
        } finally {
            sanitizer.releaseAll();
        }
        assertThat(jdbc.sql("select count(*) from topic where submitted_by = :id").param("id", resident.id()).query(Long.class)
                .single()).as("the form stored no topic").isOne();
        assertThat(jdbc.sql("select count(*) from topic_image where topic_id = :id").param("id", topicId).query(Long.class)
                .single()).as("no image stored").isZero();

        assertThat(upload(caller, images, ImageFixtures.jpeg(64, 48)).statusCode()).as("free again").isEqualTo(201);
    }

    private HttpResponse<String> upload(Api.Caller caller, String path, byte[] content) throws Exception {
        String boundary = "----busy" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
