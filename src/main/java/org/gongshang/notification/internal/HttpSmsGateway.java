package org.gongshang.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway;

/**
 * A generic HTTP SMS provider, configured by templates rather than code: most Chinese SMS services
 * take a GET or POST with the phone, the text and an account, and answer 2xx when they accepted it.
 * The outbox message id goes along as {@code {id}} and as the {@code Idempotency-Key} header, so
 * that a provider can drop a message it was handed twice.
 */
class HttpSmsGateway implements SmsGateway {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(phone|text|id|username|password)}");

    private final NotificationProperties.Sms settings;
    private final HttpClient http;
    private final Pattern success;

    HttpSmsGateway(NotificationProperties.Sms settings) {
        if (settings.urlTemplate() == null || settings.urlTemplate().isBlank()) {
            throw new IllegalArgumentException("gongshang.notification.sms.url-template is not set");
        }
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.success = Pattern.compile(settings.successPattern() == null ? "" : settings.successPattern());
    }

    @Override
    public Handover send(Sms sms) {
        String messageId = sms.messageId();
        Map<String, String> values = Map.of("phone", sms.phone(), "text", sms.text(), "id", messageId,
                "username", orEmpty(settings.username()), "password", orEmpty(settings.password()));
        URI uri = URI.create(fill(settings.urlTemplate(), values, HttpSmsGateway::urlEncoded));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Idempotency-Key", messageId);
        if (settings.authHeaderValue() != null && !settings.authHeaderValue().isBlank()) {
            request.header(settings.authHeaderName(), settings.authHeaderValue());
        }
        if (settings.bodyTemplate() != null && !settings.bodyTemplate().isBlank()) {
            String body = fill(settings.bodyTemplate(), values, escaperFor(settings.contentType()));
            request.header("Content-Type", settings.contentType())
                    .method(settings.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(settings.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The host only: the URL holds the phone and the text.
            throw new SmsNotSent("No answer from " + uri.getHost() + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("Interrupted while sending to " + uri.getHost(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SmsNotSent("HTTP " + response.statusCode() + " from " + uri.getHost());
        }
        if (!success.matcher(response.body()).find()) {
            throw new SmsNotSent("The answer of " + uri.getHost() + " does not show success");
        }
        return new Handover(null, SmsParts.count(sms.text()), "HTTP " + response.statusCode());
    }

    static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escape.apply(values.get(matcher.group(1)))));
        }
        return matcher.appendTail(filled).toString();
    }

    private static UnaryOperator<String> escaperFor(String contentType) {
        if (contentType.contains("json")) {
            return HttpSmsGateway::jsonEscaped;
        }
        if (contentType.contains("x-www-form-urlencoded")) {
            return HttpSmsGateway::urlEncoded;
        }
        return UnaryOperator.identity();
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append("\\u%04x".formatted((int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "HttpSmsGateway[" + settings.method() + " " + URI.create(fill(settings.urlTemplate(), Map.of(
                "phone", "", "text", "", "id", "", "username", "", "password", ""), s -> s)).getHost() + "]";
    }
}
