package org.gongshang.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.topic.TopicPage;
import org.gongshang.topic.TopicQuery;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Topics the public sees (the public list of the topic module), public fields only: nobody's name. */
@Component
class TopicDataset implements OpenDataset {

    private static final int PAGE = 100;

    private final Topics topics;

    TopicDataset(Topics topics) {
        this.topics = topics;
    }

    @Override
    public String key() {
        return "topics";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "opendata.topics.title";
    }

    @Override
    public String descriptionKey() {
        return "opendata.topics.description";
    }

    @Override
    public List<DatasetColumn> columns() {
        return List.of(Columns.id("opendata.topics.id"), Columns.text("title", "opendata.topics.title-column"),
                Columns.text("description", "opendata.topics.description-column"),
                Columns.code("category", "opendata.topics.category"), Columns.code("source", "opendata.topics.source"),
                Columns.code("status", "opendata.topics.status"), Columns.code("region_code", "opendata.region-code"),
                new DatasetColumn("supporters", "integer", "opendata.topics.supporters"),
                new DatasetColumn("communities", "integer", "opendata.topics.communities"),
                new DatasetColumn("submitted_at", "date-time", "opendata.topics.submitted-at"));
    }

    @Override
    public DatasetRows rows(int max) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Instant latest = null;
        for (int page = 0; rows.size() < max; page++) {
            TopicPage found = topics.search(new TopicQuery(null, null, null, null, null, null, page, PAGE));
            for (TopicView topic : found.items()) {
                if (topic.isPublic() && rows.size() < max) {
                    rows.add(Columns.row(topic.id(), topic.title(), topic.description(), topic.category(), topic.source(),
                            topic.status(), topic.regionCode(), topic.support().supporters(), topic.support().communities(),
                            topic.submittedAt()));
                    latest = DatasetRows.latest(latest, topic.submittedAt());
                }
            }
            if (!found.hasNext()) {
                break;
            }
        }
        return new DatasetRows(rows, latest);
    }
}
