package org.gongshang.consultation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Opinion;
import org.gongshang.consultation.Opinions;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consultations/{id}/opinions")
@Tag(name = "Opinions", description = "意见建议 opinions and suggestions per agenda item")
class OpinionApi {

    private final Opinions opinions;
    private final Consultations consultations;
    private final Actors actors;

    OpinionApi(Opinions opinions, Consultations consultations, Actors actors) {
        this.opinions = opinions;
        this.consultations = consultations;
        this.actors = actors;
    }

    @GetMapping
    List<Opinion> list(@PathVariable long id) {
        consultations.get(id, actors.require());
        return opinions.list(id);
    }

    record NewOpinion(@Nullable Long agendaItemId, @Nullable Long participantId, @Nullable ParticipantCategory category,
            @Nullable String content) {
    }

    @PostMapping
    @Operation(summary = "Record an opinion: the facilitator by speaker (participantId) or category; a remote participant their own")
    ResponseEntity<Opinion> record(@PathVariable long id, @RequestBody NewOpinion body) {
        return ResponseEntity.status(201).body(opinions.record(id, body.agendaItemId(), body.participantId(), body.category(),
                body.content(), actors.require()));
    }
}
