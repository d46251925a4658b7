package org.gongshang.followup.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.FollowUpRecord;
import org.gongshang.followup.FollowUps;
import org.gongshang.followup.Surveys;
import org.gongshang.followup.RecommendationFollowUps;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up records: the list, the form (with photos from the phone's camera), a record's page; and
 * a recommendation's follow-up at {@code /followup/recommendations/{id}} — a page of its own, and
 * with htmx the fragment the recommendation's page can load into itself.
 */
@Controller
class FollowUpPages {

    private final FollowUps followUps;
    private final Surveys surveys;
    private final FollowUpLabels labels;
    private final Accounts accounts;
    private final Actors actors;
    private final Messages messages;
    private final Clock clock;

    FollowUpPages(FollowUps followUps, Surveys surveys, FollowUpLabels labels, Accounts accounts, Actors actors, Messages messages,
            Clock clock) {
        this.surveys = surveys;
        this.followUps = followUps;
        this.labels = labels;
        this.accounts = accounts;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    String list(@RequestParam(required = false) @Nullable FollowUpKind kind, Model model) {
        Actor actor = actors.require();
        model.addAttribute("records", followUps.list(actor, null, kind, 0, 100));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", FollowUpKind.values());
        model.addAttribute("mayRecord", followUps.mayRecord(actor));
        return "followup/records";
    }

    @GetMapping("/follow-ups/new")
    String newRecord(@RequestParam(required = false) @Nullable Long recommendationId,
            @RequestParam(required = false) @Nullable Long surveyId, Model model) {
        Actor actor = actors.require();
        if (!followUps.mayRecord(actor)) {
            throw DomainException.forbidden("followup.record.recorders-only");
        }
        return formPage(actor, FollowUpForm.start(recommendationId, surveyId, today()), FormErrors.NONE, model);
    }

    @PostMapping("/follow-ups")
    String record(@ModelAttribute FollowUpForm form, @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        FollowUpRecord record;
        try {
            record = followUps.record(form.request(accounts), bytes(files), actor);
        } catch (DomainException problem) {
            if (problem.kind() != DomainException.Kind.INVALID) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return formPage(actor, form, FormErrors.of(problem, messages, FollowUpForm.FIELDS), model);
        }
        redirect.addFlashAttribute("noticeKey", "followup.record.saved");
        return "redirect:/follow-ups/" + record.id();
    }

    @GetMapping("/follow-ups/{id:\\d+}")
    String record(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        FollowUpRecord record = followUps.get(id, actor);
        model.addAttribute("record", record);
        model.addAttribute("mayAddPhotos", followUps.mayAddPhotos(actor, record));
        return "followup/record";
    }

    @PostMapping("/follow-ups/{id:\\d+}/photos")
    String addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            followUps.addPhoto(id, file == null ? new byte[0] : file.getBytes(), actor);
            redirect.addFlashAttribute("noticeKey", "followup.photo.added");
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND) {
                throw problem;
            }
            redirect.addFlashAttribute("errorText", String.join(" ", FormErrors.of(problem, messages).all()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/follow-ups/" + id;
    }

    @GetMapping("/follow-ups/{id:\\d+}/photos/{photoId:\\d+}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return FollowUpApi.photoResponse(followUps, id, photoId, actors.current().orElse(null));
    }

    /** A recommendation's follow-up: the whole page, or (htmx) only its section for the recommendation's page. */
    @GetMapping("/followup/recommendations/{id:\\d+}")
    String ofRecommendation(@PathVariable long id, HtmxRequest htmx, Model model) {
        Actor viewer = actors.current().orElse(null);
        RecommendationFollowUps followUp = followUps.ofRecommendation(id, viewer);
        model.addAttribute("followUp", followUp);
        model.addAttribute("mayRecord", viewer != null && followUps.mayRecord(viewer));
        // Members record visits too, but only staff make surveys: no link that leads to a refusal.
        model.addAttribute("mayCreateSurvey", viewer != null && surveys.mayCreate(viewer));
        model.addAttribute("kinds", FollowUpKind.values());
        return htmx.isHtmxRequest() ? "followup/recommendation :: followUp" : "followup/recommendation";
    }

    private String formPage(Actor actor, FollowUpForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", FollowUpKind.values());
        model.addAttribute("regions", labels.regionOptions(actor, Role.STAFF, Role.MEMBER));
        model.addAttribute("today", today());
        return "followup/record-new";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }

    private static List<byte[]> bytes(@Nullable List<MultipartFile> files) {
        List<byte[]> content = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                try {
                    content.add(file.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return content;
    }
}
