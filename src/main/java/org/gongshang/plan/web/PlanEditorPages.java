package org.gongshang.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.NewPlan;
import org.gongshang.plan.PlanDrafting;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanView;
import org.gongshang.plan.Plans;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan editor for drafters: start a plan, add, change and remove topics, submit, amend an approved plan. */
@Controller
class PlanEditorPages {

    private static final String[] ITEM_FIELDS = {"topicId", "month", "form", "leadMemberIds", "departmentIds"};

    private final Plans plans;
    private final PlanDrafting drafting;
    private final Actors actors;
    private final Messages messages;
    private final Clock clock;

    PlanEditorPages(Plans plans, PlanDrafting drafting, Actors actors, Messages messages, Clock clock) {
        this.plans = plans;
        this.drafting = drafting;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        Optional<Actor> actor = actors.current();
        if (actor.isEmpty()) {
            return "redirect:/login";
        }
        int nextYear = LocalDate.now(clock.withZone(Zones.platform())).getYear() + 1;
        return newPlanPage(actor.get(), null, nextYear, FormErrors.NONE, model);
    }

    @PostMapping("/plans/new")
    String create(@RequestParam(required = false) @Nullable Long organizationId,
            @RequestParam(required = false) @Nullable Integer year, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        PlanView plan;
        try {
            plan = drafting.create(new NewPlan(organizationId, year), actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return newPlanPage(actor, organizationId, year, FormErrors.of(problem, messages, "organizationId", "year"), model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.notice.created");
        return "redirect:/plans/" + plan.id() + "/edit";
    }

    @GetMapping("/plans/{id:\\d+}/edit")
    String editor(@PathVariable long id, Model model) {
        return editorPage(id, actors.require(), ItemForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/plans/{id:\\d+}/items")
    String add(@PathVariable long id, @ModelAttribute ItemForm form, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            drafting.addItem(id, form.input(), actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return editorPage(id, actor, form, FormErrors.of(problem, messages, ITEM_FIELDS), model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.notice.item-added");
        return "redirect:/plans/" + id + "/edit";
    }

    @GetMapping("/plans/{id:\\d+}/items/{itemId:\\d+}")
    String item(@PathVariable long id, @PathVariable long itemId, Model model) {
        Actor actor = actors.require();
        PlanItemView item = itemOf(id, itemId, actor);
        return itemPage(id, actor, item, ItemForm.of(item), FormErrors.NONE, model);
    }

    @PostMapping("/plans/{id:\\d+}/items/{itemId:\\d+}")
    String change(@PathVariable long id, @PathVariable long itemId, @ModelAttribute ItemForm form,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            drafting.changeItem(id, itemId, form.input(), actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return itemPage(id, actor, itemOf(id, itemId, actor), form, FormErrors.of(problem, messages, ITEM_FIELDS), model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.notice.item-changed");
        return "redirect:/plans/" + id + "/edit";
    }

    @PostMapping("/plans/{id:\\d+}/items/{itemId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        return act(() -> drafting.removeItem(id, itemId, actors.require()), "plan.notice.item-removed", null,
                "redirect:/plans/" + id + "/edit", redirect);
    }

    @PostMapping("/plans/{id:\\d+}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> drafting.submit(id, actors.require()), "plan.notice.submitted", null,
                "redirect:/plans/" + id, "redirect:/plans/" + id + "/edit", redirect);
    }

    @PostMapping("/plans/{id:\\d+}/amend")
    String amend(@PathVariable long id, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            PlanView amendment = drafting.amend(id, actor);
            redirect.addFlashAttribute("noticeKey", "plan.notice.amended");
            redirect.addFlashAttribute("noticeArgs", new Object[] {amendment.version()});
            return "redirect:/plans/" + id + "/edit";
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            flashProblem(problem, redirect);
            return "redirect:/plans/" + id;
        }
    }

    private String act(Runnable action, String noticeKey, @Nullable Object[] noticeArgs, String success,
            RedirectAttributes redirect) {
        return act(action, noticeKey, noticeArgs, success, success, redirect);
    }

    /** An action without a form: on success the notice, on a refusal its message, both after a redirect. */
    private String act(Runnable action, String noticeKey, @Nullable Object[] noticeArgs, String success, String failure,
            RedirectAttributes redirect) {
        try {
            action.run();
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            flashProblem(problem, redirect);
            return failure;
        }
        redirect.addFlashAttribute("noticeKey", noticeKey);
        if (noticeArgs != null) {
            redirect.addFlashAttribute("noticeArgs", noticeArgs);
        }
        return success;
    }

    private static void flashProblem(DomainException problem, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorKey", problem.messageKey());
        redirect.addFlashAttribute("errorArgs", problem.args());
    }

    /** Denials and unknown plans go to the error page; problems of the input are shown at the form. */
    private static void rethrowUnlessInput(DomainException problem) {
        if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND
                || problem.kind() == DomainException.Kind.UNAUTHENTICATED) {
            throw problem;
        }
    }

    private PlanItemView itemOf(long id, long itemId, Actor actor) {
        return plans.read(id, Optional.of(actor)).items().stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("plan.item.unknown", itemId));
    }

    private String newPlanPage(Actor actor, @Nullable Long organizationId, @Nullable Integer year, FormErrors errors,
            Model model) {
        model.addAttribute("organizations", plans.organizationsFor(actor));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("year", year);
        model.addAttribute("errors", errors);
        return "plan/new";
    }

    private String editorPage(long id, Actor actor, ItemForm form, FormErrors errors, Model model) {
        PlanView plan = plans.read(id, Optional.of(actor));
        model.addAttribute("plan", plan);
        model.addAttribute("choices", plans.choices(id, actor));
        model.addAttribute("mayAmend", plan.status() == org.gongshang.plan.PlanStatus.APPROVED);
        addItemForm(form, errors, model);
        return "plan/editor";
    }

    private String itemPage(long id, Actor actor, PlanItemView item, ItemForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", plans.read(id, Optional.of(actor)));
        model.addAttribute("choices", plans.choices(id, actor));
        model.addAttribute("item", item);
        addItemForm(form, errors, model);
        return "plan/item";
    }

    private static void addItemForm(ItemForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("forms", ConsultationForm.values());
        model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
    }
}
