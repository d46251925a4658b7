package org.gongshang.topic.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.gongshang.topic.Campaign;
import org.gongshang.topic.Campaigns;
import org.gongshang.topic.NewCampaign;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicQuery;
import org.gongshang.topic.TopicRules;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Campaigns: the list, a campaign's page with its submission form and QR code (扫码征题), and opening one. */
@Controller
class CampaignPages {

    record CampaignForm(@Nullable String theme, @Nullable String description, @Nullable String regionCode,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    private final Campaigns campaigns;
    private final Topics topics;
    private final TopicRules rules;
    private final TopicLabels labels;
    private final Actors actors;
    private final Messages messages;

    CampaignPages(Campaigns campaigns, Topics topics, TopicRules rules, TopicLabels labels, Actors actors, Messages messages) {
        this.campaigns = campaigns;
        this.topics = topics;
        this.rules = rules;
        this.labels = labels;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list(null));
        model.addAttribute("mayOpen", actors.current().map(a -> a.hasAny(Role.STAFF, Role.ADMIN)).orElse(false));
        return "topic/campaigns";
    }

    @GetMapping("/campaigns/{id:\\d+}")
    String campaign(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("open", campaigns.isOpen(campaign));
        model.addAttribute("link", campaigns.link(id));
        model.addAttribute("topics", topics.search(new TopicQuery(null, null, null, null, null, id, 0, 50)).items());
        model.addAttribute("signedIn", actors.current().isPresent());
        model.addAttribute("form", SubmitPage.TopicForm.empty(id, campaign.regionCode()));
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("categories", TopicCategory.values());
        model.addAttribute("tags", rules.activeTags());
        model.addAttribute("regions", labels.regionOptions());
        model.addAttribute("similar", List.of());
        model.addAttribute("mayEnterOffline", false);
        return "topic/campaign";
    }

    @GetMapping(path = "/campaigns/{id:\\d+}/qr.svg", produces = "image/svg+xml")
    @ResponseBody
    ResponseEntity<String> qrCode(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(campaigns.qrCode(id));
    }

    @GetMapping("/campaigns/new")
    String newForm(Model model) {
        return form(new CampaignForm(null, null, null, LocalDate.now(), LocalDate.now().plusDays(30)), FormErrors.NONE, model);
    }

    @PostMapping("/campaigns")
    String open(@ModelAttribute CampaignForm form, HttpServletResponse response, Model model) {
        try {
            Campaign campaign = campaigns.open(new NewCampaign(form.theme(), form.description(), form.regionCode(),
                    form.startsOn(), form.endsOn()), actors.require());
            return "redirect:/campaigns/" + campaign.id();
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return form(form, FormErrors.of(problem, messages), model);
        }
    }

    private String form(CampaignForm form, FormErrors errors, Model model) {
        if (!actors.require().hasAny(Role.STAFF, Role.ADMIN)) {
            throw DomainException.forbidden("error.forbidden");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", labels.regionOptions());
        return "topic/new-campaign";
    }
}
