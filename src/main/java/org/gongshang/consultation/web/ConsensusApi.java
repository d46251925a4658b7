package org.gongshang.consultation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.Consensus;
import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.VoteChoice;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consultations/{id}/consensus-items")
@Tag(name = "Consensus", description = "共识 consensus items voted by attendees (experts do not vote)")
class ConsensusApi {

    private final Consensus consensus;
    private final Consultations consultations;
    private final Actors actors;

    ConsensusApi(Consensus consensus, Consultations consultations, Actors actors) {
        this.consensus = consensus;
        this.consultations = consultations;
        this.actors = actors;
    }

    @GetMapping
    List<ConsensusItem> list(@PathVariable long id) {
        consultations.get(id, actors.require());
        return consensus.items(id);
    }

    record Draft(@Nullable Long agendaItemId, @Nullable String text) {
    }

    @PostMapping
    ResponseEntity<ConsensusItem> draft(@PathVariable long id, @RequestBody Draft body) {
        return ResponseEntity.status(201).body(consensus.draft(id, body.agendaItemId(), body.text(), actors.require()));
    }

    @PutMapping("/{itemId}")
    ConsensusItem edit(@PathVariable long id, @PathVariable long itemId, @RequestBody Draft body) {
        return consensus.edit(id, itemId, body.text(), actors.require());
    }

    @PostMapping("/{itemId}/voting")
    @Operation(summary = "Open the vote on a drafted item")
    ConsensusItem open(@PathVariable long id, @PathVariable long itemId) {
        return consensus.openVoting(id, itemId, actors.require());
    }

    record Vote(@Nullable Long participantId, @Nullable VoteChoice choice) {
    }

    @PostMapping("/{itemId}/votes")
    @Operation(summary = "Vote AGREE / DISAGREE / ABSTAIN: an attendee for themselves, or the facilitator naming an attendee")
    ResponseEntity<ConsensusItem> vote(@PathVariable long id, @PathVariable long itemId, @RequestBody Vote body) {
        return ResponseEntity.status(201).body(consensus.vote(id, itemId, body.participantId(), body.choice(), actors.require()));
    }

    @PostMapping("/{itemId}/close")
    @Operation(summary = "Close the vote and record the result with the counts")
    ConsensusItem close(@PathVariable long id, @PathVariable long itemId) {
        return consensus.close(id, itemId, actors.require());
    }
}
