package org.gongshang.plan.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.NewPlan;
import org.gongshang.plan.PlanDocuments;
import org.gongshang.plan.PlanDrafting;
import org.gongshang.plan.PlanItemInput;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanQuery;
import org.gongshang.plan.PlanReviews;
import org.gongshang.plan.PlanStatus;
import org.gongshang.plan.PlanVersionSummary;
import org.gongshang.plan.PlanView;
import org.gongshang.plan.Plans;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "协商选题计划 yearly consultation plans: drafting, approval (党委审定), versions, exports")
class PlanApi {

    private final Plans plans;
    private final PlanDrafting drafting;
    private final PlanReviews reviews;
    private final PlanDocuments documents;
    private final Actors actors;

    PlanApi(Plans plans, PlanDrafting drafting, PlanReviews reviews, PlanDocuments documents, Actors actors) {
        this.plans = plans;
        this.drafting = drafting;
        this.reviews = reviews;
        this.documents = documents;
        this.actors = actors;
    }

    record ItemRequest(@Nullable Long topicId, @Nullable Integer month, @Nullable ConsultationForm form,
            @Nullable List<Long> leadMemberIds, @Nullable List<Long> departmentIds) {

        PlanItemInput input() {
            return new PlanItemInput(topicId, month, form, leadMemberIds, departmentIds);
        }
    }

    record ReturnRequest(@Nullable String comment) {
    }

    @PostMapping
    @Operation(summary = "Start the plan of an organisation (CPPCC committee or grassroots organisation) for a year")
    ResponseEntity<PlanJson> create(@RequestBody NewPlan body) {
        PlanView plan = drafting.create(body, actors.require());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(PlanJson.of(plan, null));
    }

    @GetMapping
    @Operation(summary = "Plans, each in the newest version the caller may see (the public: approved ones)")
    Map<String, Object> list(@RequestParam(required = false) @Nullable Long organizationId,
            @RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable PlanStatus status,
            @RequestParam(required = false) @Nullable String region) {
        List<PlanJson> items = plans.list(new PlanQuery(organizationId, year, status, region), actors.current()).stream()
                .map(plan -> PlanJson.of(plan, null)).toList();
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan: drafters and reviewers get the working version with its history, others the approved one")
    PlanJson get(@PathVariable long id) {
        Optional<Actor> viewer = actors.current();
        return PlanJson.of(plans.read(id, viewer), plans.history(id, viewer));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of a plan, newest first")
    List<PlanVersionSummary> versions(@PathVariable long id) {
        return plans.versions(id, actors.current());
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One version of a plan; earlier approved versions stay readable")
    PlanJson version(@PathVariable long id, @PathVariable int number) {
        return PlanJson.of(plans.readVersion(id, number, actors.current()), null);
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add an accepted topic of the region with month (1–12), form, lead members and departments")
    ResponseEntity<PlanJson.Item> addItem(@PathVariable long id, @RequestBody ItemRequest body) {
        PlanItemView item = drafting.addItem(id, body.input(), actors.require());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/items/" + item.id())).body(PlanJson.Item.of(item));
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Change month, form, lead members and departments of an item (its topic stays)")
    PlanJson.Item changeItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemRequest body) {
        return PlanJson.Item.of(drafting.changeItem(id, itemId, body.input(), actors.require()));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "Remove an item from a draft or returned plan")
    ResponseEntity<Void> removeItem(@PathVariable long id, @PathVariable long itemId) {
        drafting.removeItem(id, itemId, actors.require());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the draft (or the returned plan, edited) to the party committee")
    PlanJson submit(@PathVariable long id) {
        return PlanJson.of(drafting.submit(id, actors.require()), null);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "党委审定: a reviewer of the region approves; its topics become PLANNED and the plan public")
    PlanJson approve(@PathVariable long id) {
        return PlanJson.of(reviews.approve(id, actors.require()), null);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "A reviewer of the region returns the plan with a comment (required)")
    PlanJson returnToDrafters(@PathVariable long id, @RequestBody ReturnRequest body) {
        return PlanJson.of(reviews.returnToDrafters(id, body.comment(), actors.require()), null);
    }

    @PostMapping("/{id}/amend")
    @Operation(summary = "Amend an approved plan: a new draft version; the approved one stays in force until then")
    PlanJson amend(@PathVariable long id) {
        return PlanJson.of(drafting.amend(id, actors.require()), null);
    }

    @GetMapping("/{id}/export.docx")
    @Operation(summary = "The plan as a Word document (the visible version, or ?version=n)")
    ResponseEntity<byte[]> word(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        return PlanDownloads.of(documents.word(read(id, version)));
    }

    @GetMapping("/{id}/export.xlsx")
    @Operation(summary = "The plan as an Excel workbook (the visible version, or ?version=n)")
    ResponseEntity<byte[]> excel(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        return PlanDownloads.of(documents.excel(read(id, version)));
    }

    private PlanView read(long id, @Nullable Integer version) {
        Optional<Actor> viewer = actors.current();
        return version == null ? plans.read(id, viewer) : plans.readVersion(id, version, viewer);
    }
}
