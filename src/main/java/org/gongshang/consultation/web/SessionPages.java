package org.gongshang.consultation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.consultation.Consensus;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Opinions;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.Participants;
import org.gongshang.consultation.QueueEntry;
import org.gongshang.consultation.Speaking;
import org.gongshang.consultation.VoteChoice;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live session pages: the facilitator's console and the participants' live view, their
 * server-sent events, and the acts on both. With htmx an act answers with its message and the
 * console's panels (out of band); without JavaScript it redirects back to the page.
 */
@Controller
class SessionPages {

    private final Consultations consultations;
    private final Speaking speaking;
    private final Opinions opinions;
    private final Consensus consensus;
    private final Participants participants;
    private final LivePublisher live;
    private final Actors actors;
    private final Messages messages;

    SessionPages(Consultations consultations, Speaking speaking, Opinions opinions, Consensus consensus,
            Participants participants, LivePublisher live, Actors actors, Messages messages) {
        this.consultations = consultations;
        this.speaking = speaking;
        this.opinions = opinions;
        this.consensus = consensus;
        this.participants = participants;
        this.live = live;
        this.actors = actors;
        this.messages = messages;
    }

    // ---- pages ----------------------------------------------------------------------------------

    @GetMapping("/consultations/{id}/console")
    String console(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Consultation consultation = consultations.get(id, actor);
        if (!consultations.mayRun(actor, consultation)) {
            throw DomainException.forbidden("consultation.not-organiser");
        }
        model.addAttribute("view", live.view(id));
        model.addAttribute("console", true);
        model.addAttribute("categories", ParticipantCategory.values());
        return "consultation/console";
    }

    @GetMapping("/consultations/{id}/live")
    String live(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        consultations.get(id, actor);
        model.addAttribute("view", live.view(id));
        model.addAttribute("console", false);
        model.addAttribute("mine", participants.mine(id, actor).orElse(null));
        return "consultation/live";
    }

    @GetMapping(value = "/consultations/{id}/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void events(@PathVariable long id, @RequestParam(defaultValue = "false") boolean console,
            jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        Actor actor = actors.require();
        Consultation consultation = consultations.get(id, actor);
        boolean mayRun = console && consultations.mayRun(actor, consultation);
        live.subscribe(consultation, LivePublisher.pageAudience(mayRun, Messages.locale()), request, response);
    }

    // ---- the facilitator's acts -----------------------------------------------------------------

    @PostMapping("/consultations/{id}/console/queue")
    String enqueue(@PathVariable long id, @RequestParam long participantId, HtmxRequest htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> speaking.askToSpeak(id, participantId, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/queue/{requestId}/up")
    String moveUp(@PathVariable long id, @PathVariable long requestId, HtmxRequest htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> {
            List<Long> order = new ArrayList<>(speaking.queue(id).stream().map(QueueEntry::id).toList());
            int at = order.indexOf(requestId);
            if (at > 0) {
                order.remove(at);
                order.add(at - 1, requestId);
            }
            return speaking.reorder(id, order, actors.require());
        });
    }

    @PostMapping("/consultations/{id}/console/turns")
    String startTurn(@PathVariable long id, @RequestParam long participantId, HtmxRequest htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> speaking.startTurn(id, participantId, null, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/turns/{turnId}/end")
    String endTurn(@PathVariable long id, @PathVariable long turnId, HtmxRequest htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> speaking.endTurn(id, turnId, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/turns/{turnId}/extend")
    String extend(@PathVariable long id, @PathVariable long turnId, @RequestParam int minutes, HtmxRequest htmx,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> speaking.extend(id, turnId, minutes, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/opinions")
    String recordOpinion(@PathVariable long id, @RequestParam(required = false) @Nullable Long agendaItemId,
            @RequestParam(required = false) @Nullable String speaker, @RequestParam(required = false) @Nullable String content,
            HtmxRequest htmx, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        // The speaker field names a participant ("p:12") or only a category ("c:RESIDENT").
        Long participantId = speaker != null && speaker.startsWith("p:") ? Long.valueOf(speaker.substring(2)) : null;
        ParticipantCategory category = speaker != null && speaker.startsWith("c:")
                ? ParticipantCategory.valueOf(speaker.substring(2)) : null;
        return act(id, htmx, model, response, redirect,
                () -> opinions.record(id, agendaItemId, participantId, category, content, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/consensus")
    String draftConsensus(@PathVariable long id, @RequestParam(required = false) @Nullable String text, HtmxRequest htmx,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> consensus.draft(id, null, text, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/consensus/{itemId}/voting")
    String openVoting(@PathVariable long id, @PathVariable long itemId, HtmxRequest htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> consensus.openVoting(id, itemId, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/consensus/{itemId}/votes")
    String recordVote(@PathVariable long id, @PathVariable long itemId, @RequestParam long participantId,
            @RequestParam VoteChoice choice, HtmxRequest htmx, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> consensus.vote(id, itemId, participantId, choice, actors.require()));
    }

    @PostMapping("/consultations/{id}/console/consensus/{itemId}/close")
    String closeVoting(@PathVariable long id, @PathVariable long itemId, HtmxRequest htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, htmx, model, response, redirect, () -> consensus.close(id, itemId, actors.require()));
    }

    // ---- the participants' acts -----------------------------------------------------------------

    @PostMapping("/consultations/{id}/live/hand")
    String raiseHand(@PathVariable long id, HtmxRequest htmx, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return participantAct(id, htmx, model, response, redirect, () -> speaking.askToSpeak(id, null, actors.require()));
    }

    @PostMapping("/consultations/{id}/live/opinions")
    String submitOpinion(@PathVariable long id, @RequestParam(required = false) @Nullable String content, HtmxRequest htmx,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return participantAct(id, htmx, model, response, redirect,
                () -> opinions.record(id, null, null, null, content, actors.require()));
    }

    @PostMapping("/consultations/{id}/live/votes/{itemId}")
    String vote(@PathVariable long id, @PathVariable long itemId, @RequestParam VoteChoice choice, HtmxRequest htmx,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return participantAct(id, htmx, model, response, redirect,
                () -> consensus.vote(id, itemId, null, choice, actors.require()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private String act(long id, HtmxRequest htmx, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Supplier<?> action) {
        String error = run(action, response);
        if (htmx.isHtmxRequest()) {
            response.setStatus(200);
            model.addAttribute("message", error);
            model.addAttribute("view", live.view(id));
            model.addAttribute("console", true);
            return "consultation/console-update :: panels";
        }
        flash(redirect, error);
        return "redirect:/consultations/" + id + "/console";
    }

    private String participantAct(long id, HtmxRequest htmx, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Supplier<?> action) {
        String error = run(action, response);
        if (htmx.isHtmxRequest()) {
            response.setStatus(200);
            model.addAttribute("message", error == null ? messages.get("consultation.action.done") : error);
            model.addAttribute("failed", error != null);
            return "consultation/live-alert";
        }
        flash(redirect, error);
        return "redirect:/consultations/" + id + "/live";
    }

    /** Runs the act; its refusal becomes the message shown, with the refusal's status for plain requests. */
    private @Nullable String run(Supplier<?> action, HttpServletResponse response) {
        try {
            action.get();
            return null;
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
                throw refusal;
            }
            response.setStatus(refusal.kind().status());
            return refusal.fieldProblems().isEmpty() ? messages.get(refusal.messageKey(), refusal.args())
                    : messages.get(refusal.fieldProblems().getFirst().messageKey(), refusal.fieldProblems().getFirst().args());
        }
    }

    private static void flash(RedirectAttributes redirect, @Nullable String error) {
        if (error != null) {
            redirect.addFlashAttribute("errorText", error);
        }
    }
}
