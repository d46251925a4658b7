package org.gongshang.topic.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.CoSigns;
import org.gongshang.topic.SimilarTopics;
import org.gongshang.topic.TopicAccess;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicImages;
import org.gongshang.topic.TopicPage;
import org.gongshang.topic.TopicQuery;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public topic list and a topic's page, with co-signing and live similar-topic suggestions. */
@Controller
class TopicPages {

    private final Topics topics;
    private final CoSigns coSigns;
    private final SimilarTopics similar;
    private final TopicImages images;
    private final TopicAccess access;
    private final Actors actors;

    TopicPages(Topics topics, CoSigns coSigns, SimilarTopics similar, TopicImages images, TopicAccess access, Actors actors) {
        this.topics = topics;
        this.coSigns = coSigns;
        this.similar = similar;
        this.images = images;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping("/topics")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable TopicStatus status,
            @RequestParam(required = false) @Nullable TopicCategory category,
            @RequestParam(required = false) @Nullable TopicSource source, @RequestParam(defaultValue = "0") int page, Model model) {
        fill(q, status, category, source, page, model);
        model.addAttribute("declined", topics.declinedByReason(null));
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("categories", TopicCategory.values());
        model.addAttribute("sources", TopicSource.values());
        return "topic/list";
    }

    /** The filter form with htmx: only the results change. */
    @HxRequest
    @GetMapping("/topics")
    String results(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable TopicStatus status,
            @RequestParam(required = false) @Nullable TopicCategory category,
            @RequestParam(required = false) @Nullable TopicSource source, @RequestParam(defaultValue = "0") int page, Model model) {
        fill(q, status, category, source, page, model);
        return "topic/list :: results";
    }

    @GetMapping("/topics/{id:\\d+}")
    String topic(@PathVariable long id, Model model) {
        Optional<Actor> viewer = actors.current();
        TopicView topic = topics.read(id, viewer);
        if (topic.mergedInto() != null) {
            // A merged duplicate lives on in its survivor.
            return "redirect:/topics/" + topic.mergedInto() + "?mergedFrom=" + id;
        }
        model.addAttribute("topic", topic);
        model.addAttribute("history", topics.history(id));
        model.addAttribute("similar", similar.forTopic(id, viewer));
        model.addAttribute("images", images.of(id, viewer));
        model.addAttribute("supportedByMe", viewer.map(a -> topics.isSupporter(id, a.accountId())).orElse(false));
        model.addAttribute("mine", viewer.map(a -> a.accountId() == topic.submittedBy()).orElse(false));
        model.addAttribute("screener", viewer.map(a -> access.mayScreen(a, topic)).orElse(false));
        return "topic/topic";
    }

    @PostMapping("/topics/{id:\\d+}/cosign")
    String cosign(@PathVariable long id, RedirectAttributes redirect) {
        coSigns.cosign(id, actors.require());
        redirect.addFlashAttribute("noticeKey", "topic.page.cosigned");
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        coSigns.withdraw(id, actors.require());
        redirect.addFlashAttribute("noticeKey", "topic.page.withdrawn");
        return "redirect:/topics/" + id;
    }

    /** Live suggestions while a title is typed (htmx, debounced by the form). */
    @GetMapping("/topics/similar")
    String similarTo(@RequestParam(required = false) @Nullable String title, Model model) {
        model.addAttribute("similar", similar.forText(title, null, actors.current()));
        return "topic/submit :: similar";
    }

    @GetMapping("/topics/{id:\\d+}/images/{imageId:\\d+}")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId) {
        return TopicImageResponses.of(images, id, imageId, actors.current());
    }

    private void fill(@Nullable String q, @Nullable TopicStatus status, @Nullable TopicCategory category,
            @Nullable TopicSource source, int page, Model model) {
        if (status != null && !status.isPublic()) {
            throw DomainException.notFound("topic.unknown", status);
        }
        TopicPage result = topics.search(new TopicQuery(q, status, null, category, source, null, page, 20));
        model.addAttribute("result", result);
        // 附议 on the card itself, where the person may: open for support, not their own, not co-signed yet.
        model.addAttribute("cosignable", actors.current().map(actor -> result.items().stream()
                .filter(t -> t.status().isOpenForSupport() && t.submittedBy() != actor.accountId()
                        && !topics.isSupporter(t.id(), actor.accountId()))
                .map(TopicView::id).collect(Collectors.toSet())).orElse(Set.of()));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("source", source);
    }
}
