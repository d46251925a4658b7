package org.gongshang.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.opendata.OpenDataset;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanQuery;
import org.gongshang.plan.PlanView;
import org.gongshang.plan.Plans;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Yearly consultation plans as the public sees them (approved versions), one row per planned topic. */
@Component
class PlanDataset implements OpenDataset {

    private final Plans plans;

    PlanDataset(Plans plans) {
        this.plans = plans;
    }

    @Override
    public String key() {
        return "plans";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "opendata.plans.title";
    }

    @Override
    public String descriptionKey() {
        return "opendata.plans.description";
    }

    @Override
    public List<DatasetColumn> columns() {
        return List.of(new DatasetColumn("plan_id", "integer", "opendata.plans.plan-id"),
                Columns.text("organization", "opendata.plans.organization"), Columns.code("region_code", "opendata.region-code"),
                new DatasetColumn("year", "integer", "opendata.plans.year"), new DatasetColumn("version", "integer", "opendata.plans.version"),
                Columns.code("status", "opendata.plans.status"), new DatasetColumn("topic_id", "integer", "opendata.plans.topic-id"),
                Columns.text("topic", "opendata.plans.topic"), new DatasetColumn("month", "integer", "opendata.plans.month"),
                Columns.code("form", "opendata.plans.form"), new DatasetColumn("decided_at", "date-time", "opendata.plans.decided-at"));
    }

    @Override
    public DatasetRows rows(int max) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Instant latest = null;
        for (PlanView plan : plans.list(PlanQuery.all(), Optional.empty())) {
            latest = DatasetRows.latest(latest, plan.decidedAt());
            for (PlanItemView item : plan.items()) {
                if (rows.size() < max) {
                    rows.add(Columns.row(plan.id(), plan.organizationName(), plan.regionCode(), plan.year(), plan.version(),
                            plan.status(), item.topicId(), item.topicTitle(), item.month(), item.form(), plan.decidedAt()));
                }
            }
        }
        return new DatasetRows(rows, latest);
    }
}
