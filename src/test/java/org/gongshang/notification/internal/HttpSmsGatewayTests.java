package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway.Sms;
import org.gongshang.notification.SmsGateway.SmsNotSent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generic HTTP gateway against a small HTTP server standing in for an SMS provider. */
class HttpSmsGatewayTests {

    record Received(String method, String uri, String authorization, String idempotencyKey, String contentType, String body) {
    }

    private HttpServer provider;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"code\":0}";

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath() + "?"
                    + exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void aGetRequestCarriesPhoneTextAndIdUrlEncodedAndTheAuthHeader() {
        var gateway = new HttpSmsGateway(settings(base() + "/send?to={phone}&text={text}&id={id}&user={username}", "GET", null,
                "application/json", null));

        gateway.send(sms("6d1c0c1e-0000-4000-8000-000000000001", "13800138000", "【共商】验证码 123456 & more"));

        Received request = received.getFirst();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri()).isEqualTo("/send?to=13800138000&text=%E3%80%90%E5%85%B1%E5%95%86%E3%80%91%E9%AA%8C%E8%AF%81%E7%A0%81%20123456%20%26%20more"
                + "&id=6d1c0c1e-0000-4000-8000-000000000001&user=gongshang");
        assertThat(request.authorization()).isEqualTo("Bearer secret-token");
        assertThat(request.idempotencyKey()).isEqualTo("6d1c0c1e-0000-4000-8000-000000000001");
    }

    @Test
    void aPostRequestFillsTheBodyTemplateEscapedForJson() {
        var gateway = new HttpSmsGateway(settings(base() + "/sms", "POST",
                "{\"to\":\"{phone}\",\"text\":\"{text}\",\"ref\":\"{id}\"}", "application/json", null));

        gateway.send(sms("id-1", "13800138000", "He said \"hi\"\nbye"));

        Received request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"to\":\"13800138000\",\"text\":\"He said \\\"hi\\\"\\nbye\",\"ref\":\"id-1\"}");
    }

    @Test
    void anErrorStatusIsAFailureThatNamesTheHostButNotThePhone() {
        status = 503;
        var gateway = new HttpSmsGateway(settings(base() + "/send?to={phone}&text={text}", "GET", null, "application/json", null));

        assertThatThrownBy(() -> gateway.send(sms("id-2", "13800138000", "text")))
                .isInstanceOf(SmsNotSent.class)
                .hasMessageContaining("HTTP 503 from 127.0.0.1")
                .hasMessageNotContaining("13800138000");
    }

    @Test
    void anAnswerWithoutTheSuccessPatternIsAFailure() {
        answer = "{\"code\":1024,\"msg\":\"balance\"}";
        var gateway = new HttpSmsGateway(settings(base() + "/send?to={phone}", "GET", null, "application/json", "\"code\":0\\b"));

        assertThatThrownBy(() -> gateway.send(sms("id-3", "13800138000", "text"))).isInstanceOf(SmsNotSent.class);
    }

    @Test
    void anUnreachableProviderIsAFailure() {
        provider.stop(0);
        var gateway = new HttpSmsGateway(settings(base() + "/send?to={phone}", "GET", null, "application/json", null));

        assertThatThrownBy(() -> gateway.send(sms("id-4", "13800138000", "text")))
                .isInstanceOf(SmsNotSent.class)
                .hasMessageContaining("No answer from 127.0.0.1");
    }

    private static Sms sms(String id, String phone, String text) {
        return new Sms(id, phone, MessageKind.GENERAL, text, Map.of());
    }

    private String base() {
        return "http://127.0.0.1:" + provider.getAddress().getPort();
    }

    private static NotificationProperties.Sms settings(String url, String method, String body, String contentType,
            String successPattern) {
        return new NotificationProperties.Sms(NotificationProperties.Provider.HTTP, null, Map.of(), 12,
                new NotificationProperties.Aliyun(null, null, "http://127.0.0.1"),
                new NotificationProperties.Tencent(null, null, null, "ap-guangzhou", "http://127.0.0.1"),
                Duration.ofMinutes(1), Duration.ofDays(2), url, method, body, contentType, "gongshang", "pw", "Authorization",
                "Bearer secret-token", successPattern, Duration.ofSeconds(2));
    }
}
