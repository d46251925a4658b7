package org.gongshang.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.gongshang.notification.SmsGateway.SmsNotSent;
import org.jspecify.annotations.Nullable;

/**
 * A provider's HTTP API: one POST, its answer read as JSON whatever the status (providers answer
 * errors with a code in the body); no answer, a server error or an unreadable answer is a failure to
 * try again later. Errors name the host only, never the request (it holds the phone).
 */
final class ProviderHttp {

    private final HttpClient http;
    private final Duration timeout;

    ProviderHttp(Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    <T> T post(URI uri, Map<String, String> headers, @Nullable String contentType, String body, Function<String, T> read) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsNotSent("No answer from " + uri.getHost() + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("Interrupted while calling " + uri.getHost(), e);
        }
        if (response.statusCode() >= 500) {
            throw new SmsNotSent("HTTP " + response.statusCode() + " from " + uri.getHost());
        }
        try {
            return read.apply(response.body());
        } catch (RuntimeException unreadable) {
            throw new SmsNotSent("Unreadable answer (HTTP " + response.statusCode() + ") from " + uri.getHost(), unreadable);
        }
    }

    /** The Host header the HTTP client sends for the URI, which the signature must cover. */
    static String hostHeader(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
