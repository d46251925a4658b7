package org.gongshang.opendata.internal;

import java.util.Arrays;
import java.util.List;

import org.gongshang.opendata.DatasetColumn;
import org.jspecify.annotations.Nullable;

/** Common column shapes of the datasets. */
final class Columns {

    private Columns() {
    }

    static DatasetColumn id(String descriptionKey) {
        return new DatasetColumn("id", "integer", descriptionKey);
    }

    static DatasetColumn text(String name, String descriptionKey) {
        return new DatasetColumn(name, "text", descriptionKey);
    }

    static DatasetColumn code(String name, String descriptionKey) {
        return new DatasetColumn(name, "code", descriptionKey);
    }

    static List<@Nullable Object> row(@Nullable Object... values) {
        return Arrays.asList(values);
    }
}
