package org.gongshang.quality;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a number comes from: one record that counted, said with a message key of the quality bundle
 * ({@code quality.evidence.<key>}) and its arguments, and a link to the record when it has a page.
 */
public record Evidence(String key, List<String> args, @Nullable String link) {

    public Evidence {
        args = List.copyOf(args);
    }

    public static Evidence of(String key, @Nullable String link, Object... args) {
        return new Evidence(key, Arrays.stream(args).map(String::valueOf).toList(), link);
    }

    public String messageKey() {
        return "quality.evidence." + key;
    }
}
