package org.gongshang.quality.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.quality.Evaluations;
import org.gongshang.quality.PanelAnswer;
import org.gongshang.quality.PanelAssessments;
import org.gongshang.quality.PanelSheet;
import org.gongshang.quality.QualityEvaluation;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel (评议小组): staff invite assessors on the consultation's panel page and see their scores;
 * an assessor opens the invitation from the inbox and scores the rubric, 1 to 5 with comments.
 */
@Controller
class PanelPages {

    /** The accounts to invite, ticked in the list of candidates. */
    record InviteForm(@Nullable List<Long> accountIds) {

        InviteForm {
            // an empty or tampered checkbox value binds as null
            accountIds = accountIds == null ? List.of() : accountIds.stream().filter(Objects::nonNull).toList();
        }
    }

    /** Scores and comments by question key, as {@code scores[topic]=4} and {@code comments[topic]=…}. */
    record AssessmentForm(@Nullable Map<String, Integer> scores, @Nullable Map<String, String> comments) {

        AssessmentForm {
            scores = scores == null ? Map.of() : scores;
            comments = comments == null ? Map.of() : comments;
        }

        Map<String, PanelAnswer> answers() {
            Map<String, PanelAnswer> answers = new LinkedHashMap<>();
            scores.forEach((question, score) -> answers.put(question, new PanelAnswer(score, comments.get(question))));
            comments.forEach((question, comment) -> answers.putIfAbsent(question, new PanelAnswer(null, comment)));
            return answers;
        }
    }

    private final PanelAssessments panel;
    private final Evaluations evaluations;
    private final Actors actors;

    PanelPages(PanelAssessments panel, Evaluations evaluations, Actors actors) {
        this.panel = panel;
        this.evaluations = evaluations;
        this.actors = actors;
    }

    @GetMapping("/quality/consultations/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        return panelPage(id, actors.require(), model);
    }

    @PostMapping("/quality/consultations/{id}/panel")
    String invite(@PathVariable long id, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> panel.invite(id, form.accountIds(), actor))
                .map(invited -> {
                    Forms.notice(redirect, "quality.panel.invited", invited.size());
                    return "redirect:/quality/consultations/" + id + "/panel";
                })
                .orElseGet(() -> panelPage(id, actor, model));
    }

    @GetMapping("/quality/assessments")
    String mine(Model model) {
        model.addAttribute("sheets", panel.mine(actors.require()));
        return "quality/assessments";
    }

    @GetMapping("/quality/assessments/{invitationId}")
    String sheet(@PathVariable long invitationId, Model model) {
        return sheetPage(panel.sheet(invitationId, actors.require()), model);
    }

    @PostMapping("/quality/assessments/{invitationId}")
    String answer(@PathVariable long invitationId, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> panel.answer(invitationId, form.answers(), actor))
                .map(sheet -> {
                    Forms.notice(redirect, "quality.panel.thanks");
                    return "redirect:/quality/assessments/" + invitationId;
                })
                .orElseGet(() -> {
                    model.addAttribute("form", form);
                    return sheetPage(panel.sheet(invitationId, actor), model);
                });
    }

    private String panelPage(long id, Actor actor, Model model) {
        QualityEvaluation evaluation = evaluations.get(id, actor);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("panel", panel.summary(id, actor));
        model.addAttribute("manage", evaluations.mayManage(actor, evaluation) && !evaluation.isClosed());
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new InviteForm(List.of()));
        }
        return "quality/panel";
    }

    private String sheetPage(PanelSheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AssessmentForm(Map.of(), Map.of()));
        }
        return "quality/assessment";
    }
}
