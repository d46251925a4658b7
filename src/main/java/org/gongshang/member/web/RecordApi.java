package org.gongshang.member.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gongshang.identity.Actors;
import org.gongshang.member.GridDuty;
import org.gongshang.member.GridVisit;
import org.gongshang.member.GridVisits;
import org.gongshang.member.MatterRecord;
import org.gongshang.member.Reception;
import org.gongshang.member.ReceptionRecording;
import org.gongshang.member.Receptions;
import org.gongshang.member.RecordTopics;
import org.gongshang.member.Stations;
import org.gongshang.member.web.RecordForms.ReceptionForm;
import org.gongshang.member.web.RecordForms.TopicForm;
import org.gongshang.member.web.RecordForms.VisitForm;
import org.gongshang.topic.TopicView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reception records and grid visits", description = "接待记录、网格走访、转为议题")
class RecordApi {

    record CreatedJson(long id) {
    }

    record TopicJson(long id, String title, String source, String status) {

        static TopicJson of(TopicView topic) {
            return new TopicJson(topic.id(), topic.title(), topic.source().name(), topic.status().name());
        }
    }

    private final ReceptionRecording recording;
    private final Receptions receptions;
    private final GridDuty gridDuty;
    private final GridVisits visits;
    private final RecordTopics topics;
    private final Stations stations;
    private final Actors actors;

    RecordApi(ReceptionRecording recording, Receptions receptions, GridDuty gridDuty, GridVisits visits, RecordTopics topics,
            Stations stations, Actors actors) {
        this.recording = recording;
        this.receptions = receptions;
        this.gridDuty = gridDuty;
        this.visits = visits;
        this.topics = topics;
        this.stations = stations;
        this.actors = actors;
    }

    @PostMapping("/api/v1/members/me/receptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Record a visitor's matter at the member's shift of today (photos: the page's form)",
            description = "outcome: ANSWERED, HANDED_TO_COMMUNITY (its cadres are told) or PENDING; the visitor's name and phone are optional and kept encrypted")
    CreatedJson record(@Valid @RequestBody ReceptionForm body) {
        return new CreatedJson(recording.record(body.reception(), List.of(), actors.require()));
    }

    @GetMapping("/api/v1/receptions/{id:\\d+}")
    @Operation(summary = "A reception record, for its member, staff of the region and the community's cadres; personal data masked")
    Reception reception(@PathVariable long id) {
        return receptions.get(id, actors.require());
    }

    @PostMapping("/api/v1/receptions/{id:\\d+}/topic")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Make the matter a topic of source MEMBER, which enters screening with the way back to the record")
    TopicJson receptionTopic(@PathVariable long id, @Valid @RequestBody TopicForm body) {
        return TopicJson.of(topics.fromReception(id, body.title(), body.description(), body.category(), actors.require()));
    }

    @PostMapping("/api/v1/members/me/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    CreatedJson recordVisit(@Valid @RequestBody VisitForm body) {
        return new CreatedJson(gridDuty.recordVisit(body.visit(), List.of(), actors.require()));
    }

    @GetMapping("/api/v1/visits/{id:\\d+}")
    GridVisit visit(@PathVariable long id) {
        return visits.get(id, actors.require());
    }

    @PostMapping("/api/v1/visits/{id:\\d+}/topic")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    TopicJson visitTopic(@PathVariable long id, @Valid @RequestBody TopicForm body) {
        return TopicJson.of(topics.fromVisit(id, body.title(), body.description(), body.category(), actors.require()));
    }

    @GetMapping("/api/v1/stations/{id:\\d+}/matters")
    @Operation(summary = "A station's matters handled, anonymised: day, kind, outcome, and the topic if public")
    List<MatterRecord> matters(@PathVariable long id) {
        stations.getActive(id);
        return receptions.matters(id, 100);
    }
}
