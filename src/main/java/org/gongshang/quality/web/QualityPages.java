package org.gongshang.quality.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.quality.EvaluationFilter;
import org.gongshang.quality.Evaluations;
import org.gongshang.quality.Grade;
import org.gongshang.quality.QualityAggregate;
import org.gongshang.quality.QualityAggregates;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quality evaluation's home for staff and reviewers: aggregates by organisation, district, kind
 * and form, and year with the weakest indicators highlighted, and the evaluations of their regions.
 */
@Controller
class QualityPages {

    private final Evaluations evaluations;
    private final QualityAggregates aggregates;
    private final QualityAccess access;
    private final Regions regions;
    private final Actors actors;

    QualityPages(Evaluations evaluations, QualityAggregates aggregates, QualityAccess access, Regions regions, Actors actors) {
        this.evaluations = evaluations;
        this.aggregates = aggregates;
        this.access = access;
        this.regions = regions;
        this.actors = actors;
    }

    @GetMapping("/quality")
    String home(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable ConsultationKind kind,
            @RequestParam(required = false) @Nullable ConsultationForm form, Model model) {
        Actor actor = actors.require();
        String chosen = district == null || district.isBlank() ? null : district;
        EvaluationFilter filter = new EvaluationFilter(year, chosen, null, kind, form);
        Map<QualityAggregate.By, Object> tables = new EnumMap<>(QualityAggregate.By.class);
        for (QualityAggregate.By by : QualityAggregate.By.values()) {
            tables.put(by, aggregates.by(by, filter, actor));
        }
        model.addAttribute("tables", tables);
        model.addAttribute("evaluations", evaluations.list(filter, actor, 200));
        model.addAttribute("filter", filter);
        Set<String> districts = access.districts(actor);
        model.addAttribute("districts", (districts == null ? regions.roots().stream()
                .flatMap(city -> regions.below(city.code(), RegionLevel.DISTRICT).stream()).toList()
                : districts.stream().flatMap(code -> regions.find(code).stream()).toList())
                .stream().sorted(Comparator.comparing(Region::code)).toList());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("kinds", ConsultationKind.values());
        model.addAttribute("forms", ConsultationForm.values());
        return "quality/home";
    }
}
