package org.gongshang.opendata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A figure the public already sees on the topic pages: topics not taken up, counted by reason. */
@Component
class DeclineReasonDataset implements OpenDataset {

    private final Topics topics;

    DeclineReasonDataset(Topics topics) {
        this.topics = topics;
    }

    @Override
    public String key() {
        return "topics-declined-by-reason";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "opendata.declined.title";
    }

    @Override
    public String descriptionKey() {
        return "opendata.declined.description";
    }

    @Override
    public List<DatasetColumn> columns() {
        return List.of(Columns.code("reason", "opendata.declined.reason"), new DatasetColumn("topics", "integer", "opendata.declined.topics"));
    }

    @Override
    public DatasetRows rows(int max) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Map.Entry<DeclineReason, Long> entry : topics.declinedByReason(null).entrySet()) {
            if (rows.size() < max) {
                rows.add(Columns.row(entry.getKey(), entry.getValue()));
            }
        }
        return new DatasetRows(rows, null);
    }
}
