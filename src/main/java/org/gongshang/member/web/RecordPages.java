package org.gongshang.member.web;

import jakarta.validation.Valid;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.GridVisit;
import org.gongshang.member.GridVisits;
import org.gongshang.member.Members;
import org.gongshang.member.Reception;
import org.gongshang.member.Receptions;
import org.gongshang.member.RecordTopics;
import org.gongshang.member.VisitorPhones;
import org.gongshang.member.internal.Communities;
import org.gongshang.member.internal.MemberPhotoStore.Photo;
import org.gongshang.member.web.RecordForms.TopicForm;
import org.gongshang.shared.web.Forms;
import org.gongshang.topic.TopicCategory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reception record or a grid visit, for the member who made it (who may make it a topic), staff
 * of the region (who may see the visitor's full phone, audited) and the community's cadres.
 */
@Controller
class RecordPages {

    private final Receptions receptions;
    private final GridVisits visits;
    private final RecordTopics topics;
    private final VisitorPhones phones;
    private final Members members;
    private final Communities communities;
    private final Actors actors;

    RecordPages(Receptions receptions, GridVisits visits, RecordTopics topics, VisitorPhones phones, Members members,
            Communities communities, Actors actors) {
        this.receptions = receptions;
        this.visits = visits;
        this.topics = topics;
        this.phones = phones;
        this.members = members;
        this.communities = communities;
        this.actors = actors;
    }

    @GetMapping("/receptions/{id:\\d+}")
    String reception(@PathVariable long id, Model model) {
        Reception reception = receptions.get(id, actors.require());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TopicForm(null, reception.description(), reception.category()));
        }
        return receptionPage(reception, model);
    }

    @PostMapping("/receptions/{id:\\d+}/topic")
    String receptionTopic(@PathVariable long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        Reception reception = receptions.get(id, actor);
        return Forms.submit(binding, () -> topics.fromReception(id, form.title(), form.description(), form.category(), actor))
                .map(topic -> {
                    Forms.notice(redirect, "member.topic.made", topic.title());
                    return "redirect:/receptions/" + id;
                })
                .orElseGet(() -> receptionPage(reception, model));
    }

    @PostMapping("/receptions/{id:\\d+}/phone")
    String revealPhone(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Reception reception = receptions.get(id, actor);
        model.addAttribute("fullPhone", phones.reveal(id, actor));
        model.addAttribute("form", new TopicForm(null, reception.description(), reception.category()));
        return receptionPage(reception, model);
    }

    @GetMapping("/receptions/{id:\\d+}/photos/{photo:\\d+}")
    ResponseEntity<byte[]> receptionPhoto(@PathVariable long id, @PathVariable long photo) {
        return image(receptions.photo(id, photo, actors.require()));
    }

    @GetMapping("/visits/{id:\\d+}")
    String visit(@PathVariable long id, Model model) {
        GridVisit visit = visits.get(id, actors.require());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TopicForm(null, visit.findings(), visit.category()));
        }
        return visitPage(visit, model);
    }

    @PostMapping("/visits/{id:\\d+}/topic")
    String visitTopic(@PathVariable long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        GridVisit visit = visits.get(id, actor);
        return Forms.submit(binding, () -> topics.fromVisit(id, form.title(), form.description(), form.category(), actor))
                .map(topic -> {
                    Forms.notice(redirect, "member.topic.made", topic.title());
                    return "redirect:/visits/" + id;
                })
                .orElseGet(() -> visitPage(visit, model));
    }

    @GetMapping("/visits/{id:\\d+}/photos/{photo:\\d+}")
    ResponseEntity<byte[]> visitPhoto(@PathVariable long id, @PathVariable long photo) {
        return image(visits.photo(id, photo, actors.require()));
    }

    private String receptionPage(Reception reception, Model model) {
        Actor actor = actors.require();
        model.addAttribute("reception", reception);
        model.addAttribute("community", communities.name(reception.communityCode()));
        model.addAttribute("mine", members.mine(actor).filter(m -> m.id() == reception.memberId()).isPresent());
        model.addAttribute("mayReveal", reception.visitorPhoneMasked() != null && receptions.mayReveal(reception.id(), actor));
        model.addAttribute("categories", TopicCategory.values());
        return "member/reception";
    }

    private String visitPage(GridVisit visit, Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("community", communities.name(visit.communityCode()));
        model.addAttribute("mine", members.mine(actors.require()).filter(m -> m.id() == visit.memberId()).isPresent());
        model.addAttribute("categories", TopicCategory.values());
        return "member/visit";
    }

    private static ResponseEntity<byte[]> image(Photo photo) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(photo.content());
    }
}
