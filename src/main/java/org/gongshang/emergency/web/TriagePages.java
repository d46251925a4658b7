package org.gongshang.emergency.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyTriage;
import org.gongshang.emergency.Severity;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident's report on the event page: confirm (grading it anew), decline with a reason, merge into another event. */
@Controller
@RequestMapping("/emergencies/{id:\\d+}")
class TriagePages {

    record ConfirmForm(@Nullable Severity severity) {
    }

    record DeclineForm(String reason) {

        DeclineForm {
            reason = reason == null ? "" : reason;
        }
    }

    record MergeForm(@NotNull(message = "{emergency.merge.into-required}") @Nullable Long intoId) {
    }

    private final EmergencyTriage triage;
    private final EventPage page;
    private final Actors actors;

    TriagePages(EmergencyTriage triage, EventPage page, Actors actors) {
        this.triage = triage;
        this.page = page;
        this.actors = actors;
    }

    static void addForms(Model model, Emergency emergency) {
        if (!model.containsAttribute("confirmForm")) {
            model.addAttribute("confirmForm", new ConfirmForm(emergency.severity()));
        }
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(""));
        }
        if (!model.containsAttribute("mergeForm")) {
            model.addAttribute("mergeForm", new MergeForm(null));
        }
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable long id, @Valid @ModelAttribute("confirmForm") ConfirmForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> triage.confirm(id, form.severity(), actor))
                .map(confirmed -> {
                    Forms.notice(redirect, "emergency.confirmed");
                    return "redirect:/emergencies/" + id;
                })
                .orElseGet(() -> page.show(id, actor, model));
    }

    @PostMapping("/decline")
    String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> triage.decline(id, form.reason(), actor))
                .map(declined -> {
                    Forms.notice(redirect, "emergency.declined");
                    return "redirect:/emergencies/" + id;
                })
                .orElseGet(() -> page.show(id, actor, model));
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        Long into = form.intoId();
        return Forms.submit(binding, () -> triage.merge(id, into == null ? id : into, actor))
                .map(survivor -> {
                    Forms.notice(redirect, "emergency.merged", survivor.title());
                    return "redirect:/emergencies/" + survivor.id();
                })
                .orElseGet(() -> page.show(id, actor, model));
    }
}
