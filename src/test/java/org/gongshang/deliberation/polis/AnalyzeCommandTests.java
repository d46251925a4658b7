package org.gongshang.deliberation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copy(String name, String file) throws IOException {
        Path target = folder.resolve(name + "-" + file);
        Files.copy(PolisSamples.folder(name).resolve(file), target);
        return target;
    }

    @Test
    void printsTheAnalysisOfAnExportAsJson() throws IOException {
        int exit = run("--comments", copy("brexit-consensus", "comments.csv").toString(),
                "--votes", copy("brexit-consensus", "votes.csv").toString());
        assertThat(exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("groups")).hasSize(2);
        assertThat(json.get("groups").get(0).get("id").isInt()).isTrue();
        assertThat(json.get("groups").get(0).get("participants").get(0).isNumber()).isTrue();
        assertThat(json.get("consensus")).hasSize(50);
        assertThat(json.get("consensus").get(0).has("statementId")).isTrue();
        assertThat(json.get("consensus").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("representative").has(json.get("groups").get(0).get("id").asString())).isTrue();
        assertThat(json.get("participantsClustered").asInt()).isEqualTo(189);
        assertThat(json.get("computeMillis").isIntegralNumber()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void writesToAFileAndTakesParticipantsVotesInstead() throws IOException {
        Path target = folder.resolve("analysis.json");
        int exit = run("--comments", copy("london.youth.policing", "comments.csv").toString(),
                "--participants-votes", copy("london.youth.policing", "participants-votes.csv").toString(),
                "--out", target.toString());
        assertThat(exit).isZero();
        assertThat(out.size()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(target));
        assertThat(json.get("participantsClustered").asInt()).isEqualTo(24);
    }

    @Test
    void aMissingFileIsReportedWithANonZeroExit() {
        int exit = run("--comments", folder.resolve("nope.csv").toString(), "--votes", "also-nope.csv");
        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.csv");
        assertThat(out.size()).isZero();
    }

    @Test
    void aFileInTheWrongFormatIsReportedWithANonZeroExit() throws IOException {
        Path comments = copy("brexit-consensus", "comments.csv");
        int exit = run("--comments", comments.toString(), "--votes", comments.toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("voter-id");
    }

    @Test
    void badArgumentsShowTheUsage() {
        assertThat(run("--comments", "c.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--votes").contains("usage:");
        assertThat(run("--colour", "blue")).isEqualTo(2);
        assertThat(run("--comments", "c.csv", "--votes", "v.csv", "--participants-votes", "p.csv")).isEqualTo(2);
        assertThat(run("--comments")).isEqualTo(2);
    }
}
