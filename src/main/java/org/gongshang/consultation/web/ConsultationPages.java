package org.gongshang.consultation.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.consultation.CommonProblems;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ConsultationMinutes;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.NewConsultation;
import org.gongshang.consultation.Participants;
import org.gongshang.consultation.Preparation;
import org.gongshang.consultation.VenueType;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of consultations, creating one, its detail page and the changes of its status. */
@Controller
class ConsultationPages {

    private final Consultations consultations;
    private final Participants participants;
    private final Preparation preparation;
    private final ConsultationMinutes minutes;
    private final CommonProblems problems;
    private final Organizations organizations;
    private final Actors actors;
    private final Messages messages;

    ConsultationPages(Consultations consultations, Participants participants, Preparation preparation,
            ConsultationMinutes minutes, CommonProblems problems, Organizations organizations, Actors actors, Messages messages) {
        this.consultations = consultations;
        this.participants = participants;
        this.preparation = preparation;
        this.minutes = minutes;
        this.problems = problems;
        this.organizations = organizations;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/consultations")
    String list(@RequestParam(defaultValue = "PUBLIC") Consultations.Scope scope, Model model) {
        Actor actor = actors.current().orElse(null);
        Consultations.Scope shown = actor == null ? Consultations.Scope.PUBLIC : scope;
        model.addAttribute("scope", shown);
        model.addAttribute("consultations", consultations.list(shown, null, null, actor, 0, 50));
        model.addAttribute("mayCreate", actor != null && actor.hasAny(Role.STAFF, Role.CADRE, Role.ADMIN));
        return "consultation/list";
    }

    @GetMapping("/consultations/new")
    String newForm(Model model) {
        return form(Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/consultations")
    String create(@RequestParam Map<String, String> form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            Consultation created = consultations.create(new NewConsultation(form.get("title"), ids(form.get("topicIds")),
                    id(form.get("organizationId")), ids(form.get("partnerOrganizationIds")),
                    parse(ConsultationKind.class, form.get("kind")), parse(ConsultationForm.class, form.get("form")),
                    parse(VenueType.class, form.get("venueType")), form.get("address"), instant(form.get("startsAt")),
                    id(form.get("facilitatorAccountId")), form.containsKey("openToPublic"), id(form.get("deliberationId"))), actor);
            redirect.addFlashAttribute("noticeKey", "consultation.created");
            return "redirect:/consultations/" + created.id() + "/preparation";
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            return form(form, FormErrors.of(problem, messages), model);
        }
    }

    @GetMapping("/consultations/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = actors.current().orElse(null);
        Consultation consultation = consultations.get(id, actor);
        model.addAttribute("consultation", consultation);
        model.addAttribute("topics", consultations.topics(consultation));
        model.addAttribute("organization", organizations.find(consultation.organizationId()).map(Organization::name).orElse("—"));
        model.addAttribute("mayOrganise", actor != null && consultations.mayOrganise(actor, consultation));
        model.addAttribute("mayRun", actor != null && consultations.mayRun(actor, consultation));
        model.addAttribute("mine", actor == null ? null : participants.mine(id, actor).orElse(null));
        model.addAttribute("materials", actor == null ? List.of() : preparation.materials(id));
        model.addAttribute("read", actor == null ? List.of() : preparation.readByMe(id, actor));
        model.addAttribute("hasSummary", minutes.publicSummary(id).isPresent());
        model.addAttribute("raised", problems.raisedFrom(id));
        model.addAttribute("mayRaise", actor != null && actors.mayActIn(actor, consultation.regionCode(), Role.STAFF));
        model.addAttribute("startsAt", LocalDateTime.ofInstant(consultation.startsAt(), Zones.platform()));
        return "consultation/detail";
    }

    @PostMapping("/consultations/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String startsAt, RedirectAttributes redirect) {
        Actor actor = actors.require();
        String next = "redirect:/consultations/" + id;
        try {
            switch (action) {
                case "schedule" -> consultations.schedule(id, actor);
                case "postpone" -> consultations.postpone(id, reason, actor);
                case "reschedule" -> consultations.reschedule(id, instant(startsAt), actor);
                case "cancel" -> consultations.cancel(id, reason, actor);
                case "start" -> {
                    consultations.start(id, actor);
                    next = "redirect:/consultations/" + id + "/console";
                }
                case "conclude" -> {
                    consultations.conclude(id, actor);
                    next = "redirect:/consultations/" + id + "/minutes";
                }
                default -> throw DomainException.invalid("problem.title.400");
            }
            redirect.addFlashAttribute("noticeKey", "consultation.action.done");
        } catch (DomainException problem) {
            redirect.addFlashAttribute("errorText", FormErrors.of(problem, messages).fields().isEmpty()
                    ? messages.get(problem.messageKey(), problem.args())
                    : FormErrors.of(problem, messages).fields().values().iterator().next());
        }
        return next;
    }

    @PostMapping("/consultations/{id}/invitation")
    String answer(@PathVariable long id, @RequestParam boolean accept, RedirectAttributes redirect) {
        participants.answer(id, accept, actors.require());
        redirect.addFlashAttribute("noticeKey", "consultation.action.done");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/applications")
    String apply(@PathVariable long id, RedirectAttributes redirect) {
        participants.apply(id, actors.require());
        redirect.addFlashAttribute("noticeKey", "consultation.detail.applied");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/materials/{materialId}/read")
    String markRead(@PathVariable long id, @PathVariable long materialId) {
        preparation.markRead(id, materialId, actors.require());
        return "redirect:/consultations/" + id + "#materials";
    }

    @GetMapping("/consultations/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        Preparation.AttachmentContent content = preparation.download(id, attachmentId, actors.require());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content.bytes());
    }

    private String form(Map<String, String> values, FormErrors errors, Model model) {
        Actor actor = actors.require();
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("organizations", organisable(actor));
        model.addAttribute("partners", organizations.list(null, null).stream()
                .filter(o -> o.type() == org.gongshang.region.OrganizationType.CPPCC || o.type().isGrassroots()).toList());
        model.addAttribute("kinds", ConsultationKind.values());
        model.addAttribute("forms", ConsultationForm.values());
        model.addAttribute("venues", VenueType.values());
        return "consultation/new";
    }

    /** Organisations the actor may organise for: CPPCC committees for staff, grassroots ones for cadres. */
    private List<Organization> organisable(Actor actor) {
        Map<Long, Organization> found = new LinkedHashMap<>();
        if (actor.isAdmin()) {
            organizations.list(null, null).stream().filter(o -> o.type() == org.gongshang.region.OrganizationType.CPPCC
                    || o.type().isGrassroots()).forEach(o -> found.put(o.id(), o));
        }
        for (String root : actors.scopeRoots(actor, Role.STAFF)) {
            organizations.list(org.gongshang.region.OrganizationType.CPPCC, root).forEach(o -> found.put(o.id(), o));
        }
        for (String root : actors.scopeRoots(actor, Role.CADRE)) {
            organizations.list(null, root).stream().filter(o -> o.type().isGrassroots()).forEach(o -> found.put(o.id(), o));
        }
        return new ArrayList<>(found.values());
    }

    static @Nullable Long id(@Nullable String value) {
        String text = Text.blankToNull(value);
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static List<Long> ids(@Nullable String value) {
        String text = Text.blankToNull(value);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(ConsultationPages::id)
                .filter(java.util.Objects::nonNull).toList();
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        String text = Text.blankToNull(value);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A datetime-local input, in China's time. */
    static @Nullable Instant instant(@Nullable String value) {
        String text = Text.blankToNull(value);
        try {
            return text == null ? null : LocalDateTime.parse(text).atZone(Zones.platform()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

}
