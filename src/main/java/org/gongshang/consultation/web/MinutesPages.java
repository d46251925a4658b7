package org.gongshang.consultation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationMinutes;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Minutes;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The minutes editor, its Word export, and the public summary once final. */
@Controller
class MinutesPages {

    private final ConsultationMinutes minutes;
    private final Consultations consultations;
    private final Actors actors;
    private final Messages messages;
    private final java.time.Clock clock;

    MinutesPages(ConsultationMinutes minutes, Consultations consultations, Actors actors, Messages messages, java.time.Clock clock) {
        this.minutes = minutes;
        this.consultations = consultations;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/consultations/{id}/minutes")
    String editor(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        return page(id, actor, null, FormErrors.NONE, model);
    }

    @PostMapping("/consultations/{id}/minutes/{minutesId}")
    String save(@PathVariable long id, @PathVariable long minutesId, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String body, @RequestParam(defaultValue = "save") String action,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            switch (action) {
                case "finalise" -> {
                    minutes.edit(id, minutesId, title, body, actor);
                    minutes.finalise(id, minutesId, actor);
                    redirect.addFlashAttribute("noticeKey", "consultation.minutes.finalised");
                }
                case "reassemble" -> {
                    minutes.reassemble(id, minutesId, actor);
                    redirect.addFlashAttribute("noticeKey", "consultation.minutes.saved");
                }
                default -> {
                    minutes.edit(id, minutesId, title, body, actor);
                    redirect.addFlashAttribute("noticeKey", "consultation.minutes.saved");
                }
            }
        } catch (DomainException refusal) {
            response.setStatus(refusal.kind().status());
            return page(id, actor, new Edited(title, body), FormErrors.of(refusal, messages), model);
        }
        return "redirect:/consultations/" + id + "/minutes";
    }

    @PostMapping("/consultations/{id}/minutes/corrections")
    String correct(@PathVariable long id, RedirectAttributes redirect) {
        minutes.correct(id, actors.require());
        return "redirect:/consultations/" + id + "/minutes";
    }

    @GetMapping("/consultations/{id}/minutes/export.docx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        byte[] document = minutes.export(id, actors.require());
        return ResponseEntity.ok().contentType(MinutesApi.DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("minutes-" + id + ".docx").build().toString())
                .body(document);
    }

    @GetMapping("/consultations/{id}/summary")
    String summary(@PathVariable long id, Model model) {
        Consultation consultation = consultations.find(id).filter(Consultation::openToPublic)
                .orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
        Minutes finalMinutes = minutes.publicSummary(id).orElseThrow(() -> DomainException.notFound("consultation.minutes.none"));
        model.addAttribute("consultation", consultation);
        model.addAttribute("minutes", finalMinutes);
        model.addAttribute("paragraphs", finalMinutes.body().lines().filter(line -> !line.isBlank()).toList());
        return "consultation/summary";
    }

    /** What the organiser typed, kept when the save is refused. */
    record Edited(@Nullable String title, @Nullable String body) {
    }

    private String page(long id, Actor actor, @Nullable Edited edited, FormErrors errors, Model model) {
        Consultation consultation = consultations.get(id, actor);
        List<Minutes> versions = minutes.versions(id, actor);
        Minutes draft = versions.stream().filter(m -> !m.isFinal()).findFirst().orElse(null);
        Minutes shown = draft != null ? draft : versions.stream().findFirst().orElse(null);
        model.addAttribute("consultation", consultation);
        model.addAttribute("versions", versions);
        model.addAttribute("minutes", shown);
        model.addAttribute("editable", draft != null && consultations.mayOrganise(actor, consultation));
        model.addAttribute("mayOrganise", consultations.mayOrganise(actor, consultation));
        model.addAttribute("hasFinal", versions.stream().anyMatch(Minutes::isFinal));
        model.addAttribute("overdue", shown != null && shown.isOverdue(LocalDate.now(clock.withZone(Zones.platform()))));
        model.addAttribute("title", edited != null ? edited.title() : shown == null ? "" : shown.title());
        model.addAttribute("body", edited != null ? edited.body() : shown == null ? "" : shown.body());
        model.addAttribute("errors", errors);
        return "consultation/minutes";
    }
}
