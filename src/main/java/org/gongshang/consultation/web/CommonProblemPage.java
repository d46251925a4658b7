package org.gongshang.consultation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import org.gongshang.consultation.CommonProblems;
import org.gongshang.consultation.Consensus;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.Forms;
import org.gongshang.topic.TopicCategory;
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
 * The page form for raising a common problem (共性问题上升) from a consultation: its adopted consensus
 * items, ticked, with those of other consultations by number, raised as one CPPCC topic by
 * {@link CommonProblems#raise} (which the API offers too).
 */
@Controller
class CommonProblemPage {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，;；、]+");
    private static final int MAX_OTHER_ITEMS = 50;

    record RaiseForm(@Nullable String title, @Nullable String description, @Nullable String category,
            @Nullable String regionCode, @Nullable List<Long> consensusItemIds, @Nullable String otherItems) {
    }

    private final CommonProblems problems;
    private final Consultations consultations;
    private final Consensus consensus;
    private final Regions regions;
    private final Actors actors;

    CommonProblemPage(CommonProblems problems, Consultations consultations, Consensus consensus, Regions regions, Actors actors) {
        this.problems = problems;
        this.consultations = consultations;
        this.consensus = consensus;
        this.regions = regions;
        this.actors = actors;
    }

    @GetMapping("/consultations/{id}/common-problem")
    String form(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Consultation consultation = consultations.get(id, actor);
        if (!actors.mayActIn(actor, consultation.regionCode(), Role.STAFF)) {
            throw DomainException.forbidden("identity.scope.outside", consultation.regionCode());
        }
        List<Region> raiseTo = actors.scopeRoots(actor, Role.STAFF).stream().flatMap(code -> regions.find(code).stream()).toList();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RaiseForm("", "", "SOCIETY", raiseTo.isEmpty() ? "" : raiseTo.getFirst().code(),
                    List.of(), ""));
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("items", consensus.items(id).stream().filter(item -> Boolean.TRUE.equals(item.adopted())).toList());
        model.addAttribute("regions", raiseTo);
        model.addAttribute("categories", TopicCategory.values());
        return "consultation/common-problem";
    }

    @PostMapping("/consultations/{id}/common-problem")
    String raise(@PathVariable long id, @Valid @ModelAttribute("form") RaiseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(binding, () -> {
                    if (form.regionCode() == null || form.regionCode().isBlank()) {
                        throw DomainException.invalidField("regionCode", "consultation.common-problem.region-required");
                    }
                    List<Long> items = new ArrayList<>(form.consensusItemIds() == null ? List.of() : form.consensusItemIds());
                    items.addAll(otherItems(form.otherItems()));
                    return problems.raise(form.title(), form.description(), form.category(), form.regionCode(), items,
                            actors.require());
                })
                .map(raised -> {
                    Forms.notice(redirect, "consultation.common-problem.raised", raised.title());
                    return "redirect:/topics/" + raised.topicId();
                })
                .orElseGet(() -> form(id, model));
    }

    /** Numbers typed by hand, separated by commas or spaces. */
    private static List<Long> otherItems(@Nullable String typed) {
        List<Long> ids = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return ids;
        }
        for (String part : SEPARATORS.split(typed.strip())) {
            if (!part.matches("\\d{1,18}") || ids.size() == MAX_OTHER_ITEMS) {
                throw DomainException.invalidField("otherItems", "consultation.common-problem.other-items");
            }
            ids.add(Long.parseLong(part));
        }
        return ids;
    }
}
