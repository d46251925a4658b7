package org.gongshang.consultation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.QueueEntry;
import org.gongshang.consultation.Speaking;
import org.gongshang.consultation.SpeakingStatistics;
import org.gongshang.consultation.Turn;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@RestController
@RequestMapping("/api/v1/consultations/{id}")
@Tag(name = "Session", description = "协商建言 the live session: speaker queue, timed turns, speaking statistics, live events")
class SessionApi {

    private final Speaking speaking;
    private final Consultations consultations;
    private final LivePublisher live;
    private final Actors actors;

    SessionApi(Speaking speaking, Consultations consultations, LivePublisher live, Actors actors) {
        this.speaking = speaking;
        this.consultations = consultations;
        this.live = live;
        this.actors = actors;
    }

    @GetMapping("/queue")
    List<QueueEntry> queue(@PathVariable long id) {
        viewable(id);
        return speaking.queue(id);
    }

    record SpeakRequest(@Nullable Long participantId) {
    }

    @PostMapping("/queue")
    @Operation(summary = "Ask to speak: the facilitator names a participant in the room; a remote participant sends {} for themselves")
    ResponseEntity<QueueEntry> ask(@PathVariable long id, @RequestBody(required = false) @Nullable SpeakRequest body) {
        QueueEntry entry = speaking.askToSpeak(id, body == null ? null : body.participantId(), actors.require());
        return ResponseEntity.status(201).body(entry);
    }

    record Order(@Nullable List<Long> requestIds) {
    }

    @PutMapping("/queue")
    @Operation(summary = "The facilitator orders the queue: request ids first to last")
    List<QueueEntry> reorder(@PathVariable long id, @RequestBody Order body) {
        return speaking.reorder(id, body.requestIds() == null ? List.of() : body.requestIds(), actors.require());
    }

    @DeleteMapping("/queue/{requestId}")
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long requestId) {
        speaking.withdraw(id, requestId, actors.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/turns")
    List<Turn> turns(@PathVariable long id) {
        viewable(id);
        return speaking.turns(id);
    }

    record TurnRequest(@Nullable Long participantId, @Nullable Long agendaItemId) {
    }

    @PostMapping("/turns")
    @Operation(summary = "Start a turn for a participant, ending the running one")
    ResponseEntity<Turn> start(@PathVariable long id, @RequestBody TurnRequest body) {
        if (body.participantId() == null) {
            throw DomainException.invalidField("participantId", "consultation.turn.speaker-required");
        }
        Turn turn = speaking.startTurn(id, body.participantId(), body.agendaItemId(), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/turns/" + turn.id())).body(turn);
    }

    @PostMapping("/turns/{turnId}/end")
    Turn end(@PathVariable long id, @PathVariable long turnId) {
        return speaking.endTurn(id, turnId, actors.require());
    }

    record Extension(@Nullable Integer minutes) {
    }

    @PostMapping("/turns/{turnId}/extend")
    @Operation(summary = "Extend the running turn by 1 or 2 minutes (相机扩展发言时长)")
    Turn extend(@PathVariable long id, @PathVariable long turnId, @RequestBody Extension body) {
        return speaking.extend(id, turnId, body.minutes() == null ? 0 : body.minutes(), actors.require());
    }

    @GetMapping("/speaking-stats")
    @Operation(summary = "Speaking time by category, residents' share against their share of attendees, Gini coefficient")
    SpeakingStatistics statistics(@PathVariable long id) {
        viewable(id);
        return speaking.statistics(id);
    }

    @GetMapping(value = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live events (text/event-stream) as JSON: hello (a snapshot), status, turn, queue, stats, stream, consensus")
    void events(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        Consultation consultation = viewable(id);
        live.subscribe(consultation, LivePublisher.JSON, request, response);
    }

    private Consultation viewable(long id) {
        Actor actor = actors.require();
        return consultations.get(id, actor);
    }
}
