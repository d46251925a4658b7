package org.gongshang.opendata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.opendata.OpenDataProperties;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A dataset as JSON: what it is, its licence and last change, its dictionary, and its rows as objects
 * keyed by column name.
 */
record DatasetJson(String key, String title, String description, String licence, String licenceUrl,
        @Nullable String lastUpdated, List<ColumnJson> columns, List<Map<String, @Nullable Object>> rows) {

    /** A column of the dictionary with its meaning in the caller's language. */
    record ColumnJson(String name, String type, String description) {
    }

    static DatasetJson of(OpenDataset dataset, DatasetRows rows, OpenDataProperties properties, Messages messages) {
        List<DatasetColumn> columns = dataset.columns();
        List<Map<String, @Nullable Object>> objects = rows.rows().stream().map(row -> {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i).name(), row.get(i));
            }
            return object;
        }).toList();
        return new DatasetJson(dataset.key(), messages.get(dataset.titleKey()), messages.get(dataset.descriptionKey()),
                properties.licence(), properties.licenceUrl(), rows.lastUpdated() == null ? null : rows.lastUpdated().toString(),
                columns.stream().map(c -> new ColumnJson(c.name(), c.type(), messages.get(c.descriptionKey()))).toList(), objects);
    }
}
