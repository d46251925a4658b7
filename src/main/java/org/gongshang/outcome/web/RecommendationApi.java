package org.gongshang.outcome.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.NewRecommendation;
import org.gongshang.outcome.RecommendationDetails;
import org.gongshang.outcome.RecommendationPage;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.Transfer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and the staff's acts on them: entering, sign-off (批办), transfer (交办), extensions, closing. */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "协商成果 recommendations: entering, sign-off, transfer to departments, closing")
class RecommendationApi {

    private final Recommendations recommendations;
    private final Actors actors;

    RecommendationApi(Recommendations recommendations, Actors actors) {
        this.recommendations = recommendations;
        this.actors = actors;
    }

    record CreateRequest(@Nullable String text, @Nullable Long consultationId, @Nullable Long topicId,
            @Nullable String regionCode, @Nullable RecommendationSource source, @Nullable Boolean isPublic) {
    }

    @PostMapping
    @Operation(summary = "Enter a recommendation (staff of the region): from a concluded consultation or another source; it starts as DRAFT")
    ResponseEntity<RecommendationView> create(@RequestBody CreateRequest body) {
        RecommendationView created = recommendations.create(new NewRecommendation(body.text(), body.consultationId(),
                body.topicId(), body.regionCode(), body.source(), body.isPublic()), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + created.id())).body(created);
    }

    @PostMapping("/from-consultation/{consultationId}")
    @Operation(summary = "Take the adopted consensus items of a concluded consultation's final minutes over as drafts (those not taken yet)")
    ResponseEntity<List<RecommendationView>> fromConsultation(@PathVariable long consultationId) {
        return ResponseEntity.status(201).body(recommendations.fromConsultation(consultationId, actors.require()));
    }

    @GetMapping
    @Operation(summary = "List recommendations: scope PUBLIC (anyone), REGION (staff: their regions), DEPARTMENT (the viewer's departments); "
            + "by default the viewer's own scope. Filters: region, organization (lead or co-handler), status, year, overdue")
    RecommendationPage list(@RequestParam(required = false) RecommendationQuery.@Nullable Scope scope,
            @RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable RecommendationStatus status, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Actor viewer = actors.current().orElse(null);
        RecommendationQuery.Scope shown = scope != null ? scope : recommendations.defaultScope(viewer);
        return recommendations.list(new RecommendationQuery(shown, region, organization, status, year, overdue, page, size), viewer);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A recommendation: status, dueDate, overdue, rehandlingRounds, progress and the rest")
    RecommendationView get(@PathVariable long id) {
        return recommendations.get(id, actors.current().orElse(null));
    }

    @GetMapping("/{id}/details")
    @Operation(summary = "Everything its page shows for the viewer: history, progress, replies, ratings; internal parts for staff and its departments")
    RecommendationDetails details(@PathVariable long id) {
        return recommendations.details(id, actors.current().orElse(null));
    }

    record DueDate(LocalDate dueDate) {
    }

    @GetMapping("/due-date")
    @Operation(summary = "The due date a transfer made today would get, counted in working days (holidays and 调休 respected)")
    DueDate dueDate(@RequestParam(required = false) @Nullable Integer workingDays) {
        actors.require();
        return new DueDate(recommendations.dueIfTransferredToday(workingDays));
    }

    @PostMapping("/{id}/sign-off")
    @Operation(summary = "批办: a staff leader of the region signs it off for transfer")
    RecommendationView signOff(@PathVariable long id) {
        return recommendations.signOff(id, actors.require());
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "交办 to a lead department and co-handlers with a deadline in working days (default 3 months), "
            + "or the reassignment of a disputed one")
    RecommendationView transfer(@PathVariable long id, @RequestBody Transfer body) {
        return recommendations.transfer(id, body, actors.require());
    }

    record ExtensionDecision(@Nullable Boolean approve, @Nullable String note) {
    }

    @PostMapping("/{id}/extension-decision")
    @Operation(summary = "Approve or refuse the lead department's pending request for more time")
    RecommendationView decideExtension(@PathVariable long id, @RequestBody ExtensionDecision body) {
        if (body.approve() == null) {
            throw org.gongshang.shared.DomainException.invalidField("approve", "outcome.extension.decision-required");
        }
        return recommendations.decideExtension(id, body.approve(), body.note(), actors.require());
    }

    record Note(@Nullable String note) {
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "办结 after the rating; a draft, signed-off or disputed one is dropped with a note")
    RecommendationView close(@PathVariable long id, @RequestBody(required = false) @Nullable Note body) {
        return recommendations.close(id, body == null ? null : body.note(), actors.require());
    }
}
