package org.gongshang.deliberation.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.gongshang.deliberation.DeliberationView;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.deliberation.DeliberationAccess;
import org.gongshang.deliberation.GroupTallies;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.NewDeliberation;
import org.gongshang.deliberation.OrganiserViews;
import org.gongshang.deliberation.PolisImports;
import org.gongshang.deliberation.StatementStatus;
import org.gongshang.deliberation.Statements;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.FormErrors;
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

/** The organiser's pages: create, participation, votes per statement, moderation queue, import and exports. */
@Controller
class OrganiserPages {

    private final Deliberations deliberations;
    private final Statements statements;
    private final OrganiserViews views;
    private final PolisImports imports;
    private final GroupTallies tallies;
    private final DeliberationAccess access;
    private final Actors actors;
    private final Messages messages;

    OrganiserPages(Deliberations deliberations, Statements statements, OrganiserViews views, PolisImports imports,
            GroupTallies tallies, DeliberationAccess access, Actors actors, Messages messages) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.views = views;
        this.imports = imports;
        this.tallies = tallies;
        this.access = access;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/deliberations/new")
    String form(@RequestParam(required = false) @Nullable Long topicId, Model model) {
        Actor actor = actors.require();
        if (!access.organisesSomewhere(actor)) {
            throw DomainException.forbidden("deliberation.organiser-only");
        }
        model.addAttribute("topicId", topicId);
        model.addAttribute("modes", ModerationMode.values());
        return "deliberation/new";
    }

    @PostMapping("/deliberations")
    String create(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @Nullable Long topicId, @RequestParam(required = false) @Nullable Long consultationId,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(defaultValue = "OPEN") ModerationMode moderation,
            @RequestParam(required = false) @Nullable LocalDateTime closesAt, @RequestParam(defaultValue = "") String seeds,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        List<String> seedList = Arrays.stream(seeds.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            DeliberationView created = deliberations.create(new NewDeliberation(question, description, topicId, consultationId,
                    regionCode == null || regionCode.isBlank() ? null : regionCode.strip(), moderation, null,
                    closesAt == null ? null : closesAt.atZone(Zones.platform()).toInstant(), seedList, List.of()), actor);
            redirect.addFlashAttribute("noticeKey", "deliberation.page.created");
            return "redirect:/deliberations/" + created.id() + "/organise";
        } catch (DomainException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, "question", "description", "topicId", "regionCode",
                    "closesAt", "seedStatements"));
            model.addAttribute("question", question);
            model.addAttribute("description", description);
            model.addAttribute("topicId", topicId);
            model.addAttribute("regionCode", regionCode);
            model.addAttribute("seeds", seeds);
            model.addAttribute("modes", ModerationMode.values());
            return "deliberation/new";
        }
    }

    @GetMapping("/deliberations/{id:\\d+}/organise")
    String organise(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        model.addAttribute("deliberation", deliberations.get(id));
        model.addAttribute("overview", views.overview(id, actor));
        model.addAttribute("tallyTotals", tallies.totals(id));
        return "deliberation/organise";
    }

    @PostMapping("/deliberations/{id:\\d+}/statements/{statementId:\\d+}/{decision:accept|reject}")
    String moderate(@PathVariable long id, @PathVariable long statementId, @PathVariable String decision,
            RedirectAttributes redirect) {
        statements.moderate(id, statementId, decision.equals("accept") ? StatementStatus.ACCEPTED : StatementStatus.REJECTED,
                actors.require());
        redirect.addFlashAttribute("noticeKey", "deliberation.page.moderated." + decision);
        return "redirect:/deliberations/" + id + "/organise#queue";
    }

    @PostMapping("/deliberations/{id:\\d+}/seed")
    String seed(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        try {
            statements.seed(id, text, actors.require());
            redirect.addFlashAttribute("noticeKey", "deliberation.page.seeded");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", "deliberation.statement.length");
            redirect.addFlashAttribute("errorArgs", new Object[] {140});
        }
        return "redirect:/deliberations/" + id + "/organise";
    }

    @PostMapping("/deliberations/{id:\\d+}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        deliberations.close(id, actors.require());
        redirect.addFlashAttribute("noticeKey", "deliberation.page.closed");
        return "redirect:/deliberations/" + id + "/organise";
    }

    @PostMapping("/deliberations/{id:\\d+}/import")
    String importPolis(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile comments,
            @RequestParam(required = false) @Nullable MultipartFile votes, RedirectAttributes redirect) {
        try {
            PolisImports.Result result = imports.importExport(id, reader(comments), reader(votes), null, actors.require());
            redirect.addFlashAttribute("noticeKey", "deliberation.page.imported");
            redirect.addFlashAttribute("noticeArgs", new Object[] {result.statements(), result.participants(), result.votes()});
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/deliberations/" + id + "/organise";
    }

    private static @Nullable Reader reader(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
