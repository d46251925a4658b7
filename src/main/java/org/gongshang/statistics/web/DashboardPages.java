package org.gongshang.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.web.Messages;
import org.gongshang.statistics.Dashboard;
import org.gongshang.statistics.StatisticsFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard (数据驾驶舱) for staff and reviewers: filters by year and district, every section's
 * chart with the table behind it, and each table as an Excel workbook.
 */
@Controller
class DashboardPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dashboard dashboard;
    private final Regions regions;
    private final Actors actors;
    private final Messages messages;

    DashboardPages(Dashboard dashboard, Regions regions, Actors actors, Messages messages) {
        this.dashboard = dashboard;
        this.regions = regions;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/statistics")
    String dashboard(@RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String district, Model model) {
        Actor actor = actors.require();
        StatisticsFilter filter = filter(year, district);
        List<SectionView> sections = dashboard.sections(filter, actor).stream()
                .map(section -> SectionView.of(section, messages)).toList();
        model.addAttribute("sections", sections);
        model.addAttribute("filter", filter);
        model.addAttribute("districts", dashboard.districts(actor));
        model.addAttribute("scope", scope(filter));
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/{key:[a-z-]{1,40}}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String key, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String district) {
        StatisticsFilter filter = filter(year, district);
        SectionView section = SectionView.of(dashboard.section(key, filter, actors.require()), messages);
        byte[] workbook = SectionWorkbook.write(section, scope(filter), messages.get("statistics.total"));
        String filename = section.title() + (filter.year() == null ? "" : "-" + filter.year()) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    static StatisticsFilter filter(@Nullable Integer year, @Nullable String district) {
        return new StatisticsFilter(year, district == null || district.isBlank() ? null : district.strip());
    }

    /** The period and region in words, e.g. "通川区 · 2026年". */
    private String scope(StatisticsFilter filter) {
        String region = filter.districtCode() == null ? messages.get("statistics.all-districts")
                : regions.find(filter.districtCode()).map(Region::name).orElse(filter.districtCode());
        String period = filter.year() == null ? messages.get("statistics.all-years") : messages.get("statistics.year-of", filter.year());
        return region + " · " + period;
    }
}
