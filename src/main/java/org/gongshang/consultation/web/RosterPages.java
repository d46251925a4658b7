package org.gongshang.consultation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationPlaces;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.ParticipantSuggestions;
import org.gongshang.consultation.Participants;
import org.gongshang.consultation.SuggestedParticipant;
import org.gongshang.consultation.internal.CheckInQrCode;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.PublicAddress;
import org.gongshang.shared.Text;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster by category, invitations and applications, check-in by staff and by QR code, walk-ins. */
@Controller
class RosterPages {

    private final Participants participants;
    private final Consultations consultations;
    private final Accounts accounts;
    private final CheckInQrCode qr;
    private final PublicAddress address;
    private final Actors actors;
    private final Messages messages;
    private final List<ParticipantSuggestions> suggestions;
    private final ConsultationPlaces places;

    RosterPages(Participants participants, Consultations consultations, Accounts accounts, CheckInQrCode qr,
            PublicAddress address, Actors actors, Messages messages, List<ParticipantSuggestions> suggestions,
            ConsultationPlaces places) {
        this.participants = participants;
        this.consultations = consultations;
        this.accounts = accounts;
        this.qr = qr;
        this.address = address;
        this.actors = actors;
        this.messages = messages;
        this.suggestions = suggestions;
        this.places = places;
    }

    @GetMapping("/consultations/{id}/roster")
    String roster(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Consultation consultation = consultations.get(id, actor);
        List<Participant> roster = participants.roster(id, actor);
        List<Group> groups = java.util.Arrays.stream(ParticipantCategory.values())
                .map(category -> new Group(category, roster.stream().filter(p -> p.category() == category).toList()))
                .filter(group -> !group.participants().isEmpty()).toList();
        model.addAttribute("consultation", consultation);
        model.addAttribute("groups", groups);
        model.addAttribute("categories", ParticipantCategory.values());
        model.addAttribute("composition", participants.composition(id));
        model.addAttribute("checkedIn", roster.stream().filter(Participant::isCheckedIn).count());
        boolean mayOrganise = consultations.mayOrganise(actor, consultation);
        model.addAttribute("mayOrganise", mayOrganise);
        model.addAttribute("suggested", mayOrganise && consultation.status().isBeforeSession() ? suggested(consultation, roster) : List.of());
        return "consultation/roster";
    }

    /** What the other modules suggest (衔接), without those on the roster already, each person once. */
    private List<SuggestedParticipant> suggested(Consultation consultation, List<Participant> roster) {
        Set<Long> onRoster = roster.stream().map(Participant::accountId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> names = roster.stream().filter(p -> p.accountId() == null).map(Participant::name).collect(Collectors.toSet());
        Map<String, SuggestedParticipant> unique = new LinkedHashMap<>();
        List<String> regions = places.regionCodes(consultation);
        for (ParticipantSuggestions source : suggestions) {
            for (SuggestedParticipant suggestion : source.suggestFor(consultation.kind(), regions)) {
                boolean listed = suggestion.accountId() != null ? onRoster.contains(suggestion.accountId())
                        : names.contains(suggestion.name());
                if (!listed) {
                    unique.putIfAbsent(suggestion.accountId() != null ? "a" + suggestion.accountId() : "n" + suggestion.name(),
                            suggestion);
                }
            }
        }
        return List.copyOf(unique.values());
    }

    /** The participants of one category. */
    record Group(ParticipantCategory category, List<Participant> participants) {
    }

    /** By login name, by name alone, or a suggested person by account ({@code accountId}). */
    @PostMapping("/consultations/{id}/roster")
    String add(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable ParticipantCategory category,
            @RequestParam(name = "accountId", required = false) @Nullable Long suggestedAccountId, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            Long accountId = suggestedAccountId;
            String login = Text.blankToNull(username);
            if (login != null) {
                accountId = accounts.findByUsername(login).map(AccountView::id)
                        .orElseThrow(() -> DomainException.invalidField("username", "consultation.participant.account-unknown"));
            }
            participants.add(id, accountId, name, category, actors.require());
        });
    }

    @PostMapping("/consultations/{id}/roster/{participantId}/admit")
    String admit(@PathVariable long id, @PathVariable long participantId, @RequestParam boolean admit, RedirectAttributes redirect) {
        return act(id, redirect, () -> participants.decideApplication(id, participantId, admit, actors.require()));
    }

    @PostMapping("/consultations/{id}/roster/{participantId}/check-in")
    String checkIn(@PathVariable long id, @PathVariable long participantId, RedirectAttributes redirect) {
        return act(id, redirect, () -> participants.checkIn(id, participantId, actors.require()));
    }

    @PostMapping("/consultations/{id}/walk-ins")
    String walkIn(@PathVariable long id, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable ParticipantCategory category,
            @RequestParam(required = false) @Nullable String phone, RedirectAttributes redirect) {
        return act(id, redirect, () -> participants.walkIn(id, name, category, phone, actors.require()));
    }

    /** The QR code shown in the room: organisers only, since its link checks people in. */
    @GetMapping(value = "/consultations/{id}/check-in/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(@PathVariable long id) {
        String code = consultations.checkInCode(id, actors.require());
        byte[] png = qr.png(address.link("/consultations/" + id + "/check-in?code=" + code), 320);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(png);
    }

    /** Where the QR code leads: after login, one button checks the participant in. */
    @GetMapping("/consultations/{id}/check-in")
    String checkInPage(@PathVariable long id, @RequestParam(defaultValue = "") String code, Model model) {
        Actor actor = actors.require();
        model.addAttribute("consultation", consultations.get(id, actor));
        model.addAttribute("code", code);
        model.addAttribute("mine", participants.mine(id, actor).orElse(null));
        return "consultation/check-in";
    }

    @PostMapping("/consultations/{id}/check-in")
    String checkInWithCode(@PathVariable long id, @RequestParam(defaultValue = "") String code, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = actors.require();
        model.addAttribute("consultation", consultations.get(id, actor));
        model.addAttribute("code", code);
        try {
            model.addAttribute("mine", participants.checkInWithCode(id, code, actor));
            model.addAttribute("noticeKey", "consultation.checkin.done");
        } catch (DomainException refusal) {
            response.setStatus(refusal.kind().status());
            model.addAttribute("mine", participants.mine(id, actor).orElse(null));
            model.addAttribute("errorText", messages.get(refusal.messageKey(), refusal.args()));
        }
        return "consultation/check-in";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("noticeKey", "consultation.action.done");
        } catch (DomainException refusal) {
            String text = refusal.fieldProblems().isEmpty() ? messages.get(refusal.messageKey(), refusal.args())
                    : messages.get(refusal.fieldProblems().getFirst().messageKey(), refusal.fieldProblems().getFirst().args());
            redirect.addFlashAttribute("errorText", text);
        }
        return "redirect:/consultations/" + id + "/roster";
    }
}
