package org.gongshang.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Consultations the public sees (the consultation module's public list): when, where, on which topics. */
@Component
class ConsultationDataset implements OpenDataset {

    private static final int PAGE = 100;

    private final Consultations consultations;

    ConsultationDataset(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public String key() {
        return "consultations";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "opendata.consultations.title";
    }

    @Override
    public String descriptionKey() {
        return "opendata.consultations.description";
    }

    @Override
    public List<DatasetColumn> columns() {
        return List.of(Columns.id("opendata.consultations.id"), Columns.text("title", "opendata.consultations.title-column"),
                Columns.code("kind", "opendata.consultations.kind"), Columns.code("form", "opendata.consultations.form"),
                Columns.code("status", "opendata.consultations.status"), Columns.code("region_code", "opendata.region-code"),
                new DatasetColumn("starts_at", "date-time", "opendata.consultations.starts-at"),
                new DatasetColumn("concluded_at", "date-time", "opendata.consultations.concluded-at"),
                Columns.text("topic_ids", "opendata.consultations.topic-ids"));
    }

    @Override
    public DatasetRows rows(int max) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Instant latest = null;
        for (int page = 0; rows.size() < max; page++) {
            List<Consultation> found = consultations.list(Consultations.Scope.PUBLIC, null, null, null, page, PAGE);
            for (Consultation c : found) {
                if (rows.size() < max) {
                    rows.add(Columns.row(c.id(), c.title(), c.kind(), c.form(), c.status(), c.regionCode(), c.startsAt(),
                            c.concludedAt(), c.topicIds()));
                    latest = DatasetRows.latest(DatasetRows.latest(DatasetRows.latest(latest, c.scheduledAt()), c.startedAt()),
                            c.concludedAt());
                }
            }
            if (found.size() < PAGE) {
                break;
            }
        }
        return new DatasetRows(rows, latest);
    }
}
