package org.gongshang.commonproblem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongshang.similarity.Leaders;
import org.gongshang.similarity.internal.SentenceEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Leader grouping with the shipped model and threshold on the hand-written labelled set
 * ({@code src/test/resources/commonproblem/problems.psv}): pairs put together that belong together
 * (precision) and pairs that belong together that were put together (recall). A quality test: a weaker
 * model or a threshold moved too far makes it fail.
 */
class GroupingQualityTests {

    /** The default of {@code gongshang.common-problem.min-score}, as the application binds it. */
    static final double SHIPPED_MIN_SCORE = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("gongshang.common-problem", CommonProblemProperties.class).minScore();

    record Labelled(String group, String title) {
    }

    record Result(double minScore, double precision, double recall, int groups) {

        String line() {
            return String.format(Locale.ROOT, "min-score %.2f: precision %.3f, recall %.3f, %d groups", minScore, precision,
                    recall, groups);
        }
    }

    static SentenceEncoder encoder;
    static List<Labelled> texts;
    static float[][] vectors;

    @BeforeAll
    static void embedTheSetOnce() {
        encoder = SentenceEncoder.load(0, 512);
        texts = load();
        vectors = encoder.embed(texts.stream().map(Labelled::title).toList());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void theSetHasGroupsAndLoners() {
        assertThat(texts.stream().map(Labelled::group).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(texts.stream().filter(text -> text.group().equals("-")).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theShippedThresholdPutsTogetherWhatBelongsTogetherAndLittleElse() {
        Result result = group(SHIPPED_MIN_SCORE);
        for (double minScore : new double[] {0.62, 0.64, 0.66, 0.68, 0.70, 0.72, 0.74, 0.78, 0.82}) {
            System.out.println(group(minScore).line());
        }

        assertThat(result.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void aLowerThresholdFindsMoreAtTheCostOfPrecision() {
        Result strict = group(0.86);
        Result loose = group(0.70);

        assertThat(loose.recall()).isGreaterThan(strict.recall());
        assertThat(loose.precision()).isLessThan(strict.precision());
    }

    /** Groups the set in file order (as texts arrive), then scores every pair of texts. */
    static Result group(double minScore) {
        Leaders leaders = new Leaders(64);
        long[] assigned = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            assigned[i] = leaders.nearest(vectors[i], minScore).map(Leaders.Nearest::groupId).orElseGet(() -> {
                leaders.put(index, vectors[index]);
                return (long) index;
            });
        }
        int together = 0;
        int right = 0;
        int belong = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                boolean same = !texts.get(i).group().equals("-") && texts.get(i).group().equals(texts.get(j).group());
                boolean put = assigned[i] == assigned[j];
                together += put ? 1 : 0;
                belong += same ? 1 : 0;
                right += put && same ? 1 : 0;
            }
        }
        return new Result(minScore, together == 0 ? 1 : (double) right / together, (double) right / belong, leaders.size());
    }

    static List<Labelled> load() {
        try (InputStream in = GroupingQualityTests.class.getResourceAsStream("/commonproblem/problems.psv")) {
            List<Labelled> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\|", 2);
                    rows.add(new Labelled(parts[0], parts[1].strip()));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
