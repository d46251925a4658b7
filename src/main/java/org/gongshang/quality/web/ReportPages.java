package org.gongshang.quality.web;

import java.nio.charset.StandardCharsets;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.quality.EvaluationClosing;
import org.gongshang.quality.Evaluations;
import org.gongshang.quality.IndicatorSets;
import org.gongshang.quality.PanelAssessments;
import org.gongshang.quality.QualityEvaluation;
import org.gongshang.shared.web.Forms;
import org.gongshang.shared.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A consultation's quality report (质量评价报告): the radar chart of the groups, every indicator with
 * its value, target, score and evidence, the panel; for staff of the region closing, reopening and
 * computing it now; the Word document.
 */
@Controller
class ReportPages {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Evaluations evaluations;
    private final EvaluationClosing closing;
    private final PanelAssessments panel;
    private final IndicatorSets sets;
    private final Actors actors;
    private final Messages messages;

    ReportPages(Evaluations evaluations, EvaluationClosing closing, PanelAssessments panel, IndicatorSets sets, Actors actors,
            Messages messages) {
        this.evaluations = evaluations;
        this.closing = closing;
        this.panel = panel;
        this.sets = sets;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/quality/consultations/{id}")
    String report(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        QualityEvaluation evaluation = evaluations.get(id, actor);
        model.addAttribute("report", ReportView.of(evaluation, messages));
        model.addAttribute("organization", sets.organizationName(evaluation.organizationId()));
        model.addAttribute("manage", evaluations.mayManage(actor, evaluation));
        model.addAttribute("panel", panel.summary(id, actor));
        return "quality/report";
    }

    @GetMapping("/quality/consultations/{id}/report.docx")
    ResponseEntity<byte[]> word(@PathVariable long id) {
        QualityEvaluation evaluation = evaluations.get(id, actors.require());
        byte[] document = ReportDocument.docx(ReportView.of(evaluation, messages),
                sets.organizationName(evaluation.organizationId()), messages);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(messages.get("quality.report.file-name", id) + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @PostMapping(path = "/quality/consultations/{id}/status", params = "status=CLOSED")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> closing.close(id, actors.require()))
                .ifPresent(closed -> Forms.notice(redirect, "quality.report.closed"));
        return "redirect:/quality/consultations/" + id;
    }

    @PostMapping(path = "/quality/consultations/{id}/status", params = "status=OPEN")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> closing.reopen(id, actors.require()))
                .ifPresent(reopened -> Forms.notice(redirect, "quality.report.reopened"));
        return "redirect:/quality/consultations/" + id;
    }

    @PostMapping("/quality/consultations/{id}/computation")
    String recompute(@PathVariable long id, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> closing.recompute(id, actors.require()))
                .ifPresent(done -> Forms.notice(redirect, "quality.report.recomputed"));
        return "redirect:/quality/consultations/" + id;
    }
}
