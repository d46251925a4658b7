package org.gongshang.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A dataset's rows, each a list of values in the order of the columns, and the time of the latest change
 * among them (null when empty). Values are kept as text, numbers, booleans or null: instants and dates as
 * ISO 8601, codes by name, lists joined with {@code ;}.
 */
public record DatasetRows(List<List<@Nullable Object>> rows, @Nullable Instant lastUpdated) {

    public DatasetRows {
        rows = List.copyOf(rows.stream().map(DatasetRows::plain).toList());
    }

    private static List<@Nullable Object> plain(List<@Nullable Object> row) {
        List<@Nullable Object> values = new ArrayList<>(row.size());
        for (Object value : row) {
            values.add(switch (value) {
                case null -> null;
                case Number number -> number;
                case Boolean bool -> bool;
                case Instant instant -> instant.toString();
                case LocalDate date -> date.toString();
                case Enum<?> code -> code.name();
                case Collection<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(";"));
                default -> value.toString();
            });
        }
        return Collections.unmodifiableList(values);
    }

    /** The latest of the given times, ignoring nulls. */
    public static @Nullable Instant latest(@Nullable Instant current, @Nullable Instant candidate) {
        return candidate == null || (current != null && !candidate.isAfter(current)) ? current : candidate;
    }
}
