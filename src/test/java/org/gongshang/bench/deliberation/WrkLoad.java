package org.gongshang.bench.deliberation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The vote load from wrk (Debian's {@code wrk}), a separate C process with epoll: it costs far less
 * CPU per request than a JVM client, so on a shared two-core machine the server gets the cores.
 * Each request is a vote by a random voter's bearer token on a random statement.
 */
final class WrkLoad {

    private WrkLoad() {
    }

    /** Runs wrk for the given seconds and returns its report (with latency percentiles). */
    static String run(String url, String path, String[] bearer, long[] statements, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("votes", ".lua");
        Files.writeString(script, """
                local tokens = {%s}
                local statements = {%s}
                local values = {"AGREE", "DISAGREE", "PASS"}
                math.randomseed(20260301)
                request = function()
                  local body = '{"statementId":' .. statements[math.random(#statements)] .. ',"value":"' .. values[math.random(3)] .. '"}'
                  return wrk.format("POST", "%s", {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
                                                   ["Content-Type"] = "application/json"}, body)
                end
                """.formatted(Arrays.stream(bearer).map(t -> "\"" + t + "\"").collect(Collectors.joining(",")),
                Arrays.stream(statements).mapToObj(Long::toString).collect(Collectors.joining(",")), path),
                StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), url)).redirectErrorStream(true).start();
        String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Files.deleteIfExists(script);
        return report;
    }

    /** Answers other than 2xx or 3xx, and socket errors, from the report's lines for them (absent when there were none). */
    static long failed(String report) {
        long failed = 0;
        for (String line : report.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Non-2xx or 3xx responses:")) {
                failed += Long.parseLong(trimmed.substring(trimmed.indexOf(':') + 1).strip());
            } else if (trimmed.startsWith("Socket errors:")) {
                for (String part : trimmed.substring(trimmed.indexOf(':') + 1).split(",")) {
                    failed += Long.parseLong(part.strip().split(" ")[1]);
                }
            }
        }
        return failed;
    }

    /** Requests in the report, from its "N requests in ..." line. */
    static long requests(String report) {
        for (String line : report.split("\n")) {
            if (line.contains("requests in")) {
                return Long.parseLong(line.strip().split(" ")[0]);
            }
        }
        return 0;
    }
}
