package org.gongshang.quality.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.quality.Indicator;
import org.gongshang.quality.IndicatorDraft;
import org.gongshang.quality.IndicatorSet;
import org.gongshang.quality.IndicatorSetEditing;
import org.gongshang.quality.IndicatorSets;
import org.gongshang.quality.Measure;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the indicator sets (评价指标体系) of their committees, one per year: the list, opening a
 * year's set (made from the defaults), and adding, changing and removing indicators.
 */
@Controller
class IndicatorSetPages {

    record OpenForm(@NotNull(message = "{quality.organization.unknown}") Long organizationId,
            @NotNull(message = "{quality.indicator-set.year-required}") Integer year) {
    }

    record IndicatorForm(@Nullable @Size(max = Indicator.MAX_NAME, message = "{quality.indicator.name-size}") String name,
            @Nullable Measure measure, @Nullable Double target, @Nullable Double weight, @Nullable Boolean isPublic) {

        /** An unticked checkbox sends nothing: not public. */
        IndicatorForm {
            isPublic = Boolean.TRUE.equals(isPublic);
        }

        static IndicatorForm of(Indicator indicator) {
            return new IndicatorForm(indicator.name(), indicator.measure(), indicator.target(), indicator.weight(),
                    indicator.isPublic());
        }

        IndicatorDraft draft() {
            return new IndicatorDraft(name, measure, target, weight, Boolean.TRUE.equals(isPublic));
        }
    }

    private final IndicatorSets sets;
    private final IndicatorSetEditing editing;
    private final Actors actors;
    private final Clock clock;

    IndicatorSetPages(IndicatorSets sets, IndicatorSetEditing editing, Actors actors, Clock clock) {
        this.sets = sets;
        this.editing = editing;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/quality/indicator-sets")
    String list(Model model) {
        return listPage(actors.require(), model);
    }

    @PostMapping("/quality/indicator-sets")
    String open(@Valid @ModelAttribute("openForm") OpenForm form, BindingResult binding, Model model) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> editing.open(form.organizationId(), form.year(), actor))
                .map(set -> "redirect:/quality/indicator-sets/" + set.id())
                .orElseGet(() -> listPage(actor, model));
    }

    @GetMapping("/quality/indicator-sets/{id}")
    String set(@PathVariable long id, Model model) {
        return setPage(id, actors.require(), model);
    }

    @PostMapping("/quality/indicator-sets/{id}/indicators")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> editing.add(id, form.draft(), actor))
                .map(set -> {
                    Forms.notice(redirect, "quality.indicator.added");
                    return "redirect:/quality/indicator-sets/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("form", form);
                    return setPage(id, actor, model);
                });
    }

    @PostMapping("/quality/indicator-sets/{id}/indicators/{position}")
    String change(@PathVariable long id, @PathVariable int position, @Valid @ModelAttribute("changeForm") IndicatorForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        model.addAttribute("changing", position);
        return Forms.submit(binding, () -> editing.change(id, position, form.draft(), actor))
                .map(set -> {
                    Forms.notice(redirect, "quality.indicator.changed");
                    return "redirect:/quality/indicator-sets/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("changeForm", form);
                    return setPage(id, actor, model);
                });
    }

    @PostMapping("/quality/indicator-sets/{id}/indicators/{position}/removal")
    String remove(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> editing.remove(id, position, actors.require()))
                .ifPresent(set -> Forms.notice(redirect, "quality.indicator.removed"));
        return "redirect:/quality/indicator-sets/" + id;
    }

    private String listPage(Actor actor, Model model) {
        model.addAttribute("sets", sets.list(actor));
        model.addAttribute("organizations", sets.organizations(actor));
        model.addAttribute("names", sets);
        if (!model.containsAttribute("openForm")) {
            model.addAttribute("openForm", new OpenForm(null, LocalDate.now(clock.withZone(Zones.platform())).getYear()));
        }
        return "quality/indicator-sets";
    }

    private String setPage(long id, Actor actor, Model model) {
        IndicatorSet set = sets.get(id, actor);
        model.addAttribute("set", set);
        model.addAttribute("organization", sets.organizationName(set.organizationId()));
        model.addAttribute("measures", Measure.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IndicatorForm(null, null, null, null, true));
        }
        return "quality/indicator-set";
    }
}
