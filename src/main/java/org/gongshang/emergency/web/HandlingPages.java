package org.gongshang.emergency.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import org.gongshang.emergency.EmergencyRating;
import org.gongshang.emergency.EmergencyResolving;
import org.gongshang.emergency.NewResolution;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the event page: a response, the resolution with photos, a reporter's rating. */
@Controller
@RequestMapping("/emergencies/{id:\\d+}")
class HandlingPages {

    record RespondForm(String note) {

        RespondForm {
            note = note == null ? "" : note;
        }
    }

    record ResolveForm(String summary, String handledBy,
            @Nullable @DateTimeFormat(pattern = ReportPage.DATE_TIME) LocalDateTime doneAt,
            @Nullable List<MultipartFile> photos) {

        ResolveForm {
            summary = summary == null ? "" : summary;
            handledBy = handledBy == null ? "" : handledBy;
        }

        NewResolution resolution() {
            return new NewResolution(summary, handledBy, doneAt == null ? null : doneAt.atZone(Zones.platform()).toInstant());
        }
    }

    record RatingForm(@Nullable Satisfaction satisfaction, String comment) {

        RatingForm {
            comment = comment == null ? "" : comment;
        }
    }

    private final EmergencyResolving resolving;
    private final EmergencyRating rating;
    private final EventPage page;
    private final Actors actors;

    HandlingPages(EmergencyResolving resolving, EmergencyRating rating, EventPage page, Actors actors) {
        this.resolving = resolving;
        this.rating = rating;
        this.page = page;
        this.actors = actors;
    }

    static void addForms(Model model) {
        if (!model.containsAttribute("respondForm")) {
            model.addAttribute("respondForm", new RespondForm(""));
        }
        if (!model.containsAttribute("resolveForm")) {
            model.addAttribute("resolveForm", new ResolveForm("", "", null, null));
        }
        if (!model.containsAttribute("ratingForm")) {
            model.addAttribute("ratingForm", new RatingForm(null, ""));
        }
    }

    @PostMapping("/respond")
    String respond(@PathVariable long id, @Valid @ModelAttribute("respondForm") RespondForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> resolving.respond(id, form.note(), actor))
                .map(responded -> {
                    Forms.notice(redirect, "emergency.responded");
                    return "redirect:/emergencies/" + id;
                })
                .orElseGet(() -> page.show(id, actor, model));
    }

    @PostMapping("/resolve")
    String resolve(@PathVariable long id, @Valid @ModelAttribute("resolveForm") ResolveForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> resolving.resolve(id, form.resolution(), Uploads.bytes(form.photos()), actor))
                .map(resolved -> {
                    Forms.notice(redirect, "emergency.resolved");
                    return "redirect:/emergencies/" + id;
                })
                .orElseGet(() -> page.show(id, actor, model));
    }

    @PostMapping("/rating")
    String rate(@PathVariable long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> rating.rate(id, form.satisfaction(), form.comment(), actor))
                .map(rated -> {
                    Forms.notice(redirect, "emergency.rated");
                    return "redirect:/emergencies/" + id;
                })
                .orElseGet(() -> page.show(id, actor, model));
    }
}
