package org.gongshang.consultation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.Preparation;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The preparation workspace (商前准备): readiness, briefing materials, research tasks, implementation plan. */
@Controller
class PreparationPages {

    private final Preparation preparation;
    private final Consultations consultations;
    private final org.gongshang.consultation.ConsultationProperties properties;
    private final Actors actors;
    private final Messages messages;
    private final java.time.Clock clock;

    PreparationPages(Preparation preparation, Consultations consultations,
            org.gongshang.consultation.ConsultationProperties properties, Actors actors, Messages messages, java.time.Clock clock) {
        this.preparation = preparation;
        this.consultations = consultations;
        this.properties = properties;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/consultations/{id}/preparation")
    String workspace(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Consultation consultation = consultations.get(id, actor);
        if (!consultations.mayRun(actor, consultation)) {
            throw DomainException.forbidden("consultation.not-organiser");
        }
        Map<Long, List<Participant>> unread = preparation.unread(id, actor);
        model.addAttribute("consultation", consultation);
        model.addAttribute("readiness", preparation.readiness(id));
        model.addAttribute("properties", properties);
        model.addAttribute("materials", preparation.materials(id));
        model.addAttribute("unread", unread.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Participant::name).collect(Collectors.joining("、")))));
        model.addAttribute("tasks", preparation.researchTasks(id));
        model.addAttribute("today", LocalDate.now(clock.withZone(Zones.platform())));
        model.addAttribute("plan", preparation.plan(id));
        model.addAttribute("agenda", consultations.agenda(id));
        model.addAttribute("agendaKinds", org.gongshang.consultation.AgendaItemKind.values());
        return "consultation/preparation";
    }

    /** The agenda as edited: one row per item in order, rows marked for removal left out, a filled new row added. */
    @PostMapping("/consultations/{id}/preparation/agenda")
    String saveAgenda(@PathVariable long id, @RequestParam(name = "itemId", required = false) @Nullable List<String> itemIds,
            @RequestParam(name = "kind", required = false) @Nullable List<String> kinds,
            @RequestParam(name = "title", required = false) @Nullable List<String> titles,
            @RequestParam(name = "remove", required = false) @Nullable List<String> removed, RedirectAttributes redirect) {
        List<Consultations.AgendaItemDraft> drafts = new java.util.ArrayList<>();
        int rows = itemIds == null ? 0 : itemIds.size();
        for (int row = 0; row < rows; row++) {
            String itemId = itemIds.get(row);
            String kind = kinds != null && row < kinds.size() ? kinds.get(row) : "";
            String title = titles != null && row < titles.size() ? titles.get(row) : "";
            boolean isNew = itemId.isBlank();
            if ((removed != null && removed.contains(itemId) && !isNew) || (isNew && kind.isBlank())) {
                continue;
            }
            drafts.add(new Consultations.AgendaItemDraft(isNew ? null : Long.valueOf(itemId),
                    ConsultationPages.parse(org.gongshang.consultation.AgendaItemKind.class, kind), title));
        }
        return act(id, redirect, () -> consultations.setAgenda(id, drafts, actors.require()));
    }

    @PostMapping("/consultations/{id}/preparation/materials")
    String addMaterial(@PathVariable long id, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String body, @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            Actor actor = actors.require();
            long material = preparation.addMaterial(id, title, body, actor).id();
            if (file != null && !file.isEmpty()) {
                preparation.attach(id, "MATERIAL", material, name(file), bytes(file), actor);
            }
        });
    }

    @PostMapping("/consultations/{id}/preparation/materials/{materialId}/attachments")
    String attach(@PathVariable long id, @PathVariable long materialId, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> preparation.attach(id, "MATERIAL", materialId, name(file), bytes(file), actors.require()));
    }

    @PostMapping("/consultations/{id}/preparation/research")
    String addResearch(@PathVariable long id, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String assignees, @RequestParam(defaultValue = "0") int workingDays,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> preparation.addResearchTask(id, title, ConsultationPages.ids(assignees), workingDays,
                actors.require()));
    }

    @PostMapping("/consultations/{id}/preparation/research/{taskId}/report")
    String report(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) @Nullable String report,
            @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            Actor actor = actors.require();
            if (file != null && !file.isEmpty()) {
                preparation.attach(id, "RESEARCH", taskId, name(file), bytes(file), actor);
            }
            preparation.report(id, taskId, report, actor);
        });
    }

    @PostMapping("/consultations/{id}/preparation/plan")
    String savePlan(@PathVariable long id, @RequestParam(required = false) @Nullable String objectives,
            @RequestParam(required = false) @Nullable String steps, RedirectAttributes redirect) {
        return act(id, redirect, () -> preparation.savePlan(id, objectives, steps, actors.require()));
    }

    @PostMapping("/consultations/{id}/preparation/plan/tasks")
    String addPlanTask(@PathVariable long id, @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String ownerName, @RequestParam(required = false) @Nullable LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> preparation.addPlanTask(id, description, null, ownerName, dueOn, actors.require()));
    }

    @PostMapping("/consultations/{id}/preparation/plan/tasks/{taskId}")
    String planTaskDone(@PathVariable long id, @PathVariable long taskId, @RequestParam boolean done, RedirectAttributes redirect) {
        return act(id, redirect, () -> preparation.setPlanTaskDone(id, taskId, done, actors.require()));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("noticeKey", "consultation.preparation.saved");
        } catch (DomainException refusal) {
            String text = refusal.fieldProblems().isEmpty() ? messages.get(refusal.messageKey(), refusal.args())
                    : messages.get(refusal.fieldProblems().getFirst().messageKey(), refusal.fieldProblems().getFirst().args());
            redirect.addFlashAttribute("errorText", text);
        }
        return "redirect:/consultations/" + id + "/preparation";
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
