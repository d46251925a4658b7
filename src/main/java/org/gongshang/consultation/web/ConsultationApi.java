package org.gongshang.consultation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.AgendaItem;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.NewConsultation;
import org.gongshang.consultation.Preparation;
import org.gongshang.consultation.Readiness;
import org.gongshang.consultation.VenueType;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "协商活动 consultations: creation, status, agenda, readiness")
class ConsultationApi {

    private final Consultations consultations;
    private final Preparation preparation;
    private final Actors actors;

    ConsultationApi(Consultations consultations, Preparation preparation, Actors actors) {
        this.consultations = consultations;
        this.preparation = preparation;
        this.actors = actors;
    }

    record CreateRequest(@Nullable String title, @Nullable List<Long> topicIds, @Nullable Long organizationId,
            @Nullable List<Long> partnerOrganizationIds, @Nullable ConsultationKind kind, @Nullable ConsultationForm form,
            @Nullable VenueType venueType, @Nullable String address, @Nullable Instant startsAt,
            @Nullable Long facilitatorAccountId, @Nullable Boolean openToPublic, @Nullable Long deliberationId) {
    }

    @PostMapping
    @Operation(summary = "Create a consultation from accepted or planned topics (organisers of the organisation's region)")
    ResponseEntity<Consultation> create(@RequestBody CreateRequest body) {
        Consultation created = consultations.create(new NewConsultation(body.title(), body.topicIds(), body.organizationId(),
                body.partnerOrganizationIds(), body.kind(), body.form(), body.venueType(), body.address(), body.startsAt(),
                body.facilitatorAccountId(), body.openToPublic(), body.deliberationId()), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List consultations: scope PUBLIC (anyone), MINE (as participant or facilitator), ORGANISER (own region)")
    List<Consultation> list(@RequestParam(defaultValue = "PUBLIC") Consultations.Scope scope,
            @RequestParam(required = false) @Nullable ConsultationStatus status,
            @RequestParam(required = false) @Nullable ConsultationKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return consultations.list(scope, status, kind, actors.current().orElse(null), page, size);
    }

    @GetMapping("/{id}")
    Consultation detail(@PathVariable long id) {
        return consultations.get(id, actors.current().orElse(null));
    }

    record DetailsChange(@Nullable String title, @Nullable ConsultationForm form, @Nullable VenueType venueType,
            @Nullable String address, @Nullable Instant startsAt, @Nullable Long facilitatorAccountId,
            @Nullable Boolean openToPublic, @Nullable Long deliberationId) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the details while preparing (title, form, venue, date, facilitator, linked deliberation)")
    Consultation update(@PathVariable long id, @RequestBody DetailsChange body) {
        Actor actor = actors.require();
        Consultation current = consultations.get(id, actor);
        return consultations.update(id, body.title() == null ? current.title() : body.title(),
                body.form() == null ? current.form() : body.form(), body.venueType() == null ? current.venueType() : body.venueType(),
                body.address() == null ? current.address() : body.address(),
                body.startsAt() == null ? current.startsAt() : body.startsAt(),
                body.facilitatorAccountId() == null ? current.facilitatorAccountId() : body.facilitatorAccountId(),
                body.openToPublic() == null ? current.openToPublic() : body.openToPublic(),
                body.deliberationId() == null ? current.deliberationId() : body.deliberationId(), actor);
    }

    record Reason(@Nullable String reason) {
    }

    record NewDate(@Nullable Instant startsAt) {
    }

    @PostMapping("/{id}/schedule")
    @Operation(summary = "Schedule: the date is fixed and invitations go out")
    Consultation schedule(@PathVariable long id) {
        return consultations.schedule(id, actors.require());
    }

    @PostMapping("/{id}/postpone")
    Consultation postpone(@PathVariable long id, @RequestBody Reason body) {
        return consultations.postpone(id, body.reason(), actors.require());
    }

    @PostMapping("/{id}/reschedule")
    Consultation reschedule(@PathVariable long id, @RequestBody NewDate body) {
        return consultations.reschedule(id, body.startsAt(), actors.require());
    }

    @PostMapping("/{id}/cancel")
    Consultation cancel(@PathVariable long id, @RequestBody Reason body) {
        return consultations.cancel(id, body.reason(), actors.require());
    }

    @PostMapping("/{id}/start")
    Consultation start(@PathVariable long id) {
        return consultations.start(id, actors.require());
    }

    @PostMapping("/{id}/conclude")
    Consultation conclude(@PathVariable long id) {
        return consultations.conclude(id, actors.require());
    }

    @GetMapping("/{id}/agenda")
    List<AgendaItem> agenda(@PathVariable long id) {
        consultations.get(id, actors.current().orElse(null));
        return consultations.agenda(id);
    }

    @PutMapping("/{id}/agenda")
    @Operation(summary = "Replace the agenda (情况通报 → 提问 → 解答 → 发言讨论 → 形成共识 by default), in order")
    List<AgendaItem> setAgenda(@PathVariable long id, @RequestBody List<Consultations.AgendaItemDraft> items) {
        return consultations.setAgenda(id, items, actors.require());
    }

    @GetMapping("/{id}/readiness")
    Readiness readiness(@PathVariable long id) {
        Actor actor = actors.require();
        Consultation consultation = consultations.get(id, actor);
        if (!consultations.mayRun(actor, consultation)) {
            throw org.gongshang.shared.DomainException.forbidden("consultation.not-organiser");
        }
        return preparation.readiness(id);
    }
}
