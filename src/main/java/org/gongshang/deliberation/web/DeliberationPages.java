package org.gongshang.deliberation.web;

import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.gongshang.deliberation.DeliberationAccess;
import org.gongshang.deliberation.DeliberationAnalyses;
import org.gongshang.deliberation.DeliberationAnalysis;
import org.gongshang.deliberation.DeliberationView;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.deliberation.StatementAddition;
import org.gongshang.deliberation.Statements;
import org.gongshang.deliberation.Votes;
import org.gongshang.deliberation.VoteValue;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's view, mobile first: one statement at a time with three big buttons, adding a
 * statement, and "where do I stand" (map, groups, 最大公约数, the same as tables), refreshed by SSE.
 */
@Controller
class DeliberationPages {

    private final Deliberations deliberations;
    private final Statements statements;
    private final Votes votes;
    private final DeliberationAnalyses analyses;
    private final DeliberationAccess access;
    private final Actors actors;
    private final Messages messages;

    DeliberationPages(Deliberations deliberations, Statements statements, Votes votes, DeliberationAnalyses analyses,
            DeliberationAccess access, Actors actors, Messages messages) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.votes = votes;
        this.analyses = analyses;
        this.access = access;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/deliberations")
    String list(Model model) {
        Actor actor = actors.require();
        model.addAttribute("deliberations", deliberations.list());
        model.addAttribute("organiser", access.organisesSomewhere(actor));
        return "deliberation/list";
    }

    @GetMapping("/deliberations/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        fill(id, actor, model);
        card(id, actor, model);
        standing(id, actor, model);
        return "deliberation/deliberation";
    }

    /** The next statement card alone (htmx). */
    @GetMapping("/deliberations/{id:\\d+}/card")
    String card(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        model.addAttribute("deliberation", deliberations.get(id));
        card(id, actor, model);
        return "deliberation/deliberation :: card";
    }

    /** "Where do I stand" alone, with the counts under the question: what the page re-fetches on each SSE analysis event. */
    @GetMapping("/deliberations/{id:\\d+}/standing")
    String standing(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        model.addAttribute("deliberation", deliberations.get(id));
        standing(id, actor, model);
        return "deliberation/standing :: refresh";
    }

    @PostMapping("/deliberations/{id:\\d+}/vote")
    String vote(@PathVariable long id, @RequestParam long statementId, @RequestParam(required = false) @Nullable String value,
            RedirectAttributes redirect) {
        votes.vote(id, statementId, DeliberationApi.parse(value), actors.require());
        redirect.addFlashAttribute("noticeKey", "deliberation.page.voted");
        return "redirect:/deliberations/" + id + "#card";
    }

    @HxRequest
    @PostMapping("/deliberations/{id:\\d+}/vote")
    String voteHtmx(@PathVariable long id, @RequestParam long statementId, @RequestParam(required = false) @Nullable String value,
            Model model) {
        Actor actor = actors.require();
        DeliberationView deliberation = deliberations.get(id);
        model.addAttribute("deliberation", deliberation);
        try {
            votes.vote(id, statementId, DeliberationApi.parse(value), actor);
        } catch (DomainException e) {
            model.addAttribute("cardError", FormErrors.of(e, messages).general());
        }
        card(id, actor, model);
        return "deliberation/deliberation :: card";
    }

    @PostMapping("/deliberations/{id:\\d+}/statements")
    String addStatement(@PathVariable long id, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            StatementAddition addition = statements.add(id, text, confirmed, actor);
            if (addition instanceof StatementAddition.SimilarFound found) {
                model.addAttribute("similar", found.similar());
            } else if (addition instanceof StatementAddition.Added added) {
                redirect.addFlashAttribute("noticeKey", added.statement().held() ? "deliberation.page.statement-held"
                        : added.statement().status().isShown(deliberations.get(id).moderation(), false)
                                ? "deliberation.page.statement-added" : "deliberation.page.statement-pending");
                return "redirect:/deliberations/" + id;
            }
        } catch (DomainException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, "text"));
        }
        model.addAttribute("text", text);
        fill(id, actor, model);
        card(id, actor, model);
        standing(id, actor, model);
        return "deliberation/deliberation";
    }

    private void fill(long id, Actor actor, Model model) {
        DeliberationView deliberation = deliberations.get(id);
        model.addAttribute("deliberation", deliberation);
        model.addAttribute("organiser", access.mayOrganise(actor, deliberation.regionCode()));
        model.addAttribute("maxLength", 140);
    }

    private void card(long id, Actor actor, Model model) {
        model.addAttribute("next", votes.next(id, actor).orElse(null));
        model.addAttribute("voted", votes.countOf(id, actor));
    }

    private void standing(long id, Actor actor, Model model) {
        DeliberationAnalysis analysis = analyses.of(id, Optional.of(actor));
        model.addAttribute("analysis", analysis);
        model.addAttribute("map", OpinionMapView.of(analysis, messages.get("deliberation.map.me")));
    }
}
