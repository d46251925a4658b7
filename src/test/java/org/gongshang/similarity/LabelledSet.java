package org.gongshang.similarity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written labelled set under {@code src/test/resources/similarity}: pairs of topics that mean
 * the same (a later rewording and the topic already there) and distractors that share words only.
 */
public record LabelledSet(List<Pair> pairs, List<Text> targets, List<Text> distractors) {

    /** A title and description. */
    public record Text(String title, String body, String group) {
    }

    public record Pair(String group, String kind, Text target, Text query) {
    }

    public static LabelledSet load() {
        List<Pair> pairs = new ArrayList<>();
        Map<String, Text> targets = new LinkedHashMap<>();
        for (String[] row : rows("/similarity/pairs.psv")) {
            Text target = new Text(row[2], row[3], row[0]);
            targets.putIfAbsent(row[2] + "|" + row[3], target);
            pairs.add(new Pair(row[0], row[1], target, new Text(row[4], row[5], row[0])));
        }
        List<Text> distractors = rows("/similarity/distractors.psv").stream().map(row -> new Text(row[1], row[2], "")).toList();
        return new LabelledSet(pairs, List.copyOf(targets.values()), distractors);
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\\|", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
