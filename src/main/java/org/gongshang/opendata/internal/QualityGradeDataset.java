package org.gongshang.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.quality.EvaluationListing;
import org.gongshang.quality.Evaluations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Quality grades of consultations open to the public, once their evaluation is closed (as their pages show them). */
@Component
class QualityGradeDataset implements OpenDataset {

    private final Evaluations evaluations;

    QualityGradeDataset(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String key() {
        return "quality-grades";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "opendata.quality.title";
    }

    @Override
    public String descriptionKey() {
        return "opendata.quality.description";
    }

    @Override
    public List<DatasetColumn> columns() {
        return List.of(new DatasetColumn("consultation_id", "integer", "opendata.quality.consultation-id"),
                Columns.text("consultation", "opendata.quality.consultation"), Columns.code("region_code", "opendata.region-code"),
                Columns.code("kind", "opendata.consultations.kind"), Columns.code("form", "opendata.consultations.form"),
                new DatasetColumn("year", "integer", "opendata.quality.year"), new DatasetColumn("score", "number", "opendata.quality.score"),
                Columns.code("grade", "opendata.quality.grade"), new DatasetColumn("closed_at", "date-time", "opendata.quality.closed-at"));
    }

    @Override
    public DatasetRows rows(int max) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Instant latest = null;
        for (EvaluationListing e : evaluations.publishedListing(max)) {
            rows.add(Columns.row(e.consultationId(), e.title(), e.regionCode(), e.kind(), e.form(), e.year(), e.score(), e.grade(),
                    e.closedAt()));
            latest = DatasetRows.latest(latest, e.closedAt());
        }
        return new DatasetRows(rows, latest);
    }
}
