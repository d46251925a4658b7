package org.gongshang.statistics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.shared.web.Messages;
import org.gongshang.statistics.Dashboard;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "数据驾驶舱: the dashboard's sections as tables, for staff and reviewers")
class StatisticsApi {

    /** A section's table, headings and labels in the caller's language. */
    record SectionJson(String key, String title, String rowHeading, List<String> columns, List<SectionView.Line> rows) {

        static SectionJson of(SectionView view) {
            return new SectionJson(view.key(), view.title(), view.rowHeading(), view.columns(), view.lines());
        }
    }

    private final Dashboard dashboard;
    private final Actors actors;
    private final Messages messages;

    StatisticsApi(Dashboard dashboard, Actors actors, Messages messages) {
        this.dashboard = dashboard;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/sections")
    @Operation(summary = "Every section with figures for the year and district",
            description = "403 for callers who are neither staff nor reviewers, or who ask for a district outside theirs; "
                    + "400 for an unknown district or a year outside 2000–2100.")
    List<SectionJson> sections(@RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String district) {
        return dashboard.sections(DashboardPages.filter(year, district), actors.require()).stream()
                .map(section -> SectionJson.of(SectionView.of(section, messages))).toList();
    }

    @GetMapping("/sections/{key}")
    @Operation(summary = "One section's table (empty rows when there are no figures); 404 for an unknown section")
    SectionJson section(@PathVariable String key, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String district) {
        return SectionJson.of(SectionView.of(dashboard.section(key, DashboardPages.filter(year, district), actors.require()),
                messages));
    }
}
