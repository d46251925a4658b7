package org.gongshang.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.gongshang.support.People.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the JSON API of the running test server: real requests, real security
 * filters, real problem details. {@code as(person)} logs in through the token endpoint.
 */
public class Api {

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Calls to the node whose environment this is (its local.server.port); tests inject the one of their context. */
    public Api(Environment environment) {
        this.environment = environment;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public Caller anonymous() {
        return new Caller(null, null);
    }

    public Caller as(Person person) {
        Response response = anonymous().post("/api/v1/auth/token",
                "{\"username\":\"" + person.username() + "\",\"password\":\"" + person.password() + "\"}");
        if (response.status() != 200) {
            throw new AssertionError("Login of " + person.username() + " failed: " + response);
        }
        return new Caller(response.json().get("accessToken").asString(), null);
    }

    public Caller withToken(String token) {
        return new Caller(token, null);
    }

    /** Requests with or without a bearer token, optionally in a language. */
    public final class Caller {

        private final @Nullable String token;
        private final @Nullable String language;

        Caller(@Nullable String token, @Nullable String language) {
            this.token = token;
            this.language = language;
        }

        public Caller inLanguage(String acceptLanguage) {
            return new Caller(token, acceptLanguage);
        }

        public @Nullable String token() {
            return token;
        }

        public Response get(String path) {
            return send(request(path).GET());
        }

        public Response post(String path, String json) {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        public Response post(String path) {
            return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
        }

        public Response put(String path, String json) {
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        public Response patch(String path, String json) {
            return send(request(path).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        public Response delete(String path) {
            return send(request(path).DELETE());
        }

        /** The body of a download as bytes (pictures, documents), after a 200. */
        public byte[] bytes(String path) {
            try {
                HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new AssertionError("GET " + path + " answered " + response.statusCode());
                }
                return response.body();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** A multipart upload of one file field. */
        public Response upload(String path, String field, String filename, String contentType, byte[] content) {
            String boundary = "----gongshang" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            if (language != null) {
                builder.header("Accept-Language", language);
            }
            return builder;
        }

        private Response send(HttpRequest.Builder builder) {
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
