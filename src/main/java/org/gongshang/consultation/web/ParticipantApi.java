package org.gongshang.consultation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.CompositionCheck;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.Participants;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consultations/{id}")
@Tag(name = "Participants", description = "参与人员 roster, invitations, applications, check-in")
class ParticipantApi {

    private final Participants participants;
    private final Consultations consultations;
    private final Actors actors;

    ParticipantApi(Participants participants, Consultations consultations, Actors actors) {
        this.participants = participants;
        this.consultations = consultations;
        this.actors = actors;
    }

    @GetMapping("/participants")
    List<Participant> roster(@PathVariable long id) {
        return participants.roster(id, actors.require());
    }

    record NewParticipant(@Nullable Long accountId, @Nullable String name, @Nullable ParticipantCategory category) {
    }

    @PostMapping("/participants")
    @Operation(summary = "Add to the roster: with accountId an invitation (answered yes / no), without one a confirmed participant")
    ResponseEntity<Participant> add(@PathVariable long id, @RequestBody NewParticipant body) {
        Participant added = participants.add(id, body.accountId(), body.name(), body.category(), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/participants/" + added.id())).body(added);
    }

    @GetMapping("/composition")
    CompositionCheck composition(@PathVariable long id) {
        Actor actor = actors.require();
        if (!consultations.mayRun(actor, consultations.get(id, actor))) {
            throw DomainException.forbidden("consultation.not-organiser");
        }
        return participants.composition(id);
    }

    record Answer(@Nullable Boolean accept) {
    }

    @PostMapping("/invitation")
    @Operation(summary = "The invited participant answers: {\"accept\": true|false}")
    Participant answer(@PathVariable long id, @RequestBody Answer body) {
        if (body.accept() == null) {
            throw DomainException.invalidField("accept", "consultation.invitation.answer-required");
        }
        return participants.answer(id, body.accept(), actors.require());
    }

    @PostMapping("/applications")
    @Operation(summary = "A resident applies to join an open consultation (报名)")
    ResponseEntity<Participant> apply(@PathVariable long id) {
        Participant applied = participants.apply(id, actors.require());
        return ResponseEntity.status(201).body(applied);
    }

    @PostMapping("/participants/{participantId}/admit")
    Participant admit(@PathVariable long id, @PathVariable long participantId) {
        return participants.decideApplication(id, participantId, true, actors.require());
    }

    @PostMapping("/participants/{participantId}/reject")
    Participant reject(@PathVariable long id, @PathVariable long participantId) {
        return participants.decideApplication(id, participantId, false, actors.require());
    }

    record CheckInRequest(@Nullable Long participantId, @Nullable String code) {
    }

    @PostMapping("/checkins")
    @Operation(summary = "Check in: staff name a participantId; a participant sends the code of the session's QR code")
    ResponseEntity<Participant> checkIn(@PathVariable long id, @RequestBody CheckInRequest body) {
        Actor actor = actors.require();
        Participant checkedIn;
        if (body.participantId() != null) {
            checkedIn = participants.checkIn(id, body.participantId(), actor);
        } else if (body.code() != null) {
            checkedIn = participants.checkInWithCode(id, body.code(), actor);
        } else {
            throw DomainException.invalidField("participantId", "consultation.check-in.who");
        }
        return ResponseEntity.status(201).body(checkedIn);
    }

    record WalkIn(@Nullable String name, @Nullable ParticipantCategory category, @Nullable String phone) {
        @Override
        public String toString() {
            return "WalkIn[" + category + "]";
        }
    }

    @PostMapping("/walk-ins")
    @Operation(summary = "Staff enter a walk-in (name, category, optional phone: stored encrypted, shown masked)")
    ResponseEntity<Participant> walkIn(@PathVariable long id, @RequestBody WalkIn body) {
        return ResponseEntity.status(201).body(participants.walkIn(id, body.name(), body.category(), body.phone(), actors.require()));
    }

    @GetMapping("/me")
    Map<String, Object> mine(@PathVariable long id) {
        Actor actor = actors.require();
        consultations.get(id, actor);
        return participants.mine(id, actor).<Map<String, Object>>map(p -> Map.of("participant", p)).orElse(Map.of());
    }
}
