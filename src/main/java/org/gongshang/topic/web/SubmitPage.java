package org.gongshang.topic.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.SanitizedImage;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.gongshang.topic.Campaign;
import org.gongshang.topic.Campaigns;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.SimilarTopic;
import org.gongshang.topic.SimilarTopics;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicImages;
import org.gongshang.topic.TopicRules;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.TopicView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submission form, also inside a campaign's page. Similar topics show while the title is typed
 * (htmx) and again before the topic is stored, so that a resident can co-sign instead of repeating.
 */
@Controller
class SubmitPage {

    /** The form as typed. {@code confirmed}: the person saw the similar topics and submits anyway. */
    record TopicForm(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
            @Nullable String regionCode, @Nullable List<String> tags, @Nullable Long campaignId,
            @Nullable String offlineName, @Nullable String offlinePhone, @Nullable Boolean confirmed) {

        boolean isConfirmed() {
            return Boolean.TRUE.equals(confirmed);
        }

        static TopicForm empty(@Nullable Long campaignId, @Nullable String regionCode) {
            return new TopicForm(null, null, null, regionCode, List.of(), campaignId, null, null, null);
        }
    }

    private final TopicSubmissions submissions;
    private final SimilarTopics similar;
    private final TopicImages images;
    private final TopicRules rules;
    private final Campaigns campaigns;
    private final TopicLabels labels;
    private final Actors actors;
    private final Messages messages;

    SubmitPage(TopicSubmissions submissions, SimilarTopics similar, TopicImages images, TopicRules rules, Campaigns campaigns,
            TopicLabels labels, Actors actors, Messages messages) {
        this.submissions = submissions;
        this.similar = similar;
        this.images = images;
        this.rules = rules;
        this.campaigns = campaigns;
        this.labels = labels;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/topics/new")
    String form(@RequestParam(required = false) @Nullable Long campaign, Model model) {
        Optional<Actor> actor = actors.current();
        if (actor.isEmpty()) {
            return "redirect:/login";
        }
        Campaign chosen = campaign == null ? null : campaigns.get(campaign);
        return page(TopicForm.empty(campaign, chosen == null ? actor.get().residenceRegionCode() : chosen.regionCode()),
                FormErrors.NONE, List.of(), model);
    }

    @PostMapping("/topics/new")
    String submit(@ModelAttribute TopicForm form, @RequestParam(name = "images", required = false) List<MultipartFile> uploads,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        List<byte[]> files = pictures(uploads);
        List<SanitizedImage> pictures = new ArrayList<>();
        TopicView topic;
        try {
            files.forEach(file -> pictures.add(images.check(file)));
            List<SimilarTopic> alike = similar.forText(form.title(), form.description(), Optional.of(actor));
            if (!form.isConfirmed() && !alike.isEmpty()) {
                model.addAttribute("confirming", true);
                return page(form, FormErrors.NONE, alike, model);
            }
            topic = submissions.submit(new NewTopic(form.title(), form.description(), form.category(), form.regionCode(),
                    form.tags() == null ? List.of() : form.tags(), form.campaignId(), form.offlineName(), form.offlinePhone()),
                    actor);
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return page(form, FormErrors.of(problem, messages), List.of(), model);
        }
        pictures.forEach(picture -> images.add(topic.id(), picture, actor));
        redirect.addFlashAttribute("noticeKey", topic.held() ? "topic.page.submitted-held" : "topic.page.submitted");
        redirect.addFlashAttribute("draftDone", "topic-new"); // drafts.js forgets the text kept in the browser
        return "redirect:/topics/" + topic.id();
    }

    private String page(TopicForm form, FormErrors errors, List<SimilarTopic> alike, Model model) {
        Actor actor = actors.require();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("similar", alike);
        model.addAttribute("categories", TopicCategory.values());
        model.addAttribute("tags", rules.activeTags());
        model.addAttribute("regions", labels.regionOptions());
        model.addAttribute("campaign", form.campaignId() == null ? null : campaigns.get(form.campaignId()));
        model.addAttribute("mayEnterOffline", actor.hasAny(Role.STAFF, Role.CADRE, Role.ADMIN));
        return "topic/submit";
    }

    private static List<byte[]> pictures(@Nullable List<MultipartFile> files) {
        List<byte[]> pictures = new ArrayList<>();
        if (files == null) {
            return pictures;
        }
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                try {
                    pictures.add(file.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return pictures;
    }
}
