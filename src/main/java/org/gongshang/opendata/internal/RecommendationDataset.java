package org.gongshang.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.outcome.PublicRecommendation;
import org.gongshang.outcome.Recommendations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Recommendations and their handling, from the outcome module's open data (which also serves
 * {@code /recommendations/open-data.csv} with its list's filters).
 */
@Component
class RecommendationDataset implements OpenDataset {

    private final Recommendations recommendations;

    RecommendationDataset(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public String key() {
        return "recommendations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "opendata.recommendations.title";
    }

    @Override
    public String descriptionKey() {
        return "opendata.recommendations.description";
    }

    @Override
    public List<DatasetColumn> columns() {
        return List.of(Columns.id("opendata.recommendations.id"), Columns.text("text", "opendata.recommendations.text"),
                Columns.code("status", "opendata.recommendations.status"),
                new DatasetColumn("progress", "integer", "opendata.recommendations.progress"),
                Columns.code("region_code", "opendata.region-code"),
                Columns.text("lead_department", "opendata.recommendations.lead-department"),
                new DatasetColumn("transferred_on", "date", "opendata.recommendations.transferred-on"),
                new DatasetColumn("due_date", "date", "opendata.recommendations.due-date"),
                new DatasetColumn("overdue", "boolean", "opendata.recommendations.overdue"),
                Columns.code("latest_grade", "opendata.recommendations.latest-grade"),
                new DatasetColumn("replied_at", "date-time", "opendata.recommendations.replied-at"),
                Columns.code("satisfaction", "opendata.recommendations.satisfaction"),
                new DatasetColumn("consultation_id", "integer", "opendata.recommendations.consultation-id"),
                new DatasetColumn("topic_id", "integer", "opendata.recommendations.topic-id"),
                new DatasetColumn("closed_at", "date-time", "opendata.recommendations.closed-at"));
    }

    @Override
    public DatasetRows rows(int max) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Instant latest = null;
        for (PublicRecommendation r : recommendations.openData(null, null, null, null, max)) {
            rows.add(Columns.row(r.id(), r.text(), r.status(), r.progress(), r.regionCode(), r.leadDepartment(),
                    r.transferredOn(), r.dueDate(), r.overdue(), r.latestGrade(), r.repliedAt(), r.result(),
                    r.consultationId(), r.topicId(), r.closedAt()));
            latest = DatasetRows.latest(DatasetRows.latest(latest, r.repliedAt()), r.closedAt());
        }
        return new DatasetRows(rows, latest);
    }
}
