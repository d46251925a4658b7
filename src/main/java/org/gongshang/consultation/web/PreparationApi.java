package org.gongshang.consultation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.consultation.Attachment;
import org.gongshang.consultation.BriefingMaterial;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.ImplementationPlan;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.Preparation;
import org.gongshang.consultation.ResearchTask;
import org.gongshang.identity.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/consultations/{id}")
@Tag(name = "Preparation", description = "商前准备 briefing materials, research tasks, implementation plan")
class PreparationApi {

    private final Preparation preparation;
    private final Consultations consultations;
    private final Actors actors;

    PreparationApi(Preparation preparation, Consultations consultations, Actors actors) {
        this.preparation = preparation;
        this.consultations = consultations;
        this.actors = actors;
    }

    @GetMapping("/materials")
    List<BriefingMaterial> materials(@PathVariable long id) {
        consultations.get(id, actors.require());
        return preparation.materials(id);
    }

    record NewMaterial(@Nullable String title, @Nullable String body) {
    }

    @PostMapping("/materials")
    ResponseEntity<BriefingMaterial> addMaterial(@PathVariable long id, @RequestBody NewMaterial body) {
        return ResponseEntity.status(201).body(preparation.addMaterial(id, body.title(), body.body(), actors.require()));
    }

    @PostMapping(value = "/materials/{materialId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a PDF, Word document or image (checked by its bytes, size-limited)")
    ResponseEntity<Attachment> attachToMaterial(@PathVariable long id, @PathVariable long materialId,
            @RequestParam("file") MultipartFile file) {
        return ResponseEntity.status(201).body(preparation.attach(id, "MATERIAL", materialId,
                file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), bytes(file), actors.require()));
    }

    @PostMapping("/materials/{materialId}/read")
    ResponseEntity<Void> markRead(@PathVariable long id, @PathVariable long materialId) {
        preparation.markRead(id, materialId, actors.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/materials/unread")
    @Operation(summary = "For the organiser: per material, the participants who have not marked it read")
    Map<Long, List<Participant>> unread(@PathVariable long id) {
        return preparation.unread(id, actors.require());
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        Preparation.AttachmentContent content = preparation.download(id, attachmentId, actors.require());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @GetMapping("/research-tasks")
    List<ResearchTask> researchTasks(@PathVariable long id) {
        consultations.get(id, actors.require());
        return preparation.researchTasks(id);
    }

    record NewResearchTask(@Nullable String title, @Nullable List<Long> assigneeAccountIds, @Nullable Integer workingDays) {
    }

    @PostMapping("/research-tasks")
    @Operation(summary = "A research task due a number of working days from today")
    ResponseEntity<ResearchTask> addResearchTask(@PathVariable long id, @RequestBody NewResearchTask body) {
        return ResponseEntity.status(201).body(preparation.addResearchTask(id, body.title(),
                body.assigneeAccountIds() == null ? List.of() : body.assigneeAccountIds(),
                body.workingDays() == null ? 0 : body.workingDays(), actors.require()));
    }

    record Report(@Nullable String report) {
    }

    @PostMapping("/research-tasks/{taskId}/report")
    ResearchTask report(@PathVariable long id, @PathVariable long taskId, @RequestBody Report body) {
        return preparation.report(id, taskId, body.report(), actors.require());
    }

    @PostMapping(value = "/research-tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attachToReport(@PathVariable long id, @PathVariable long taskId,
            @RequestParam("file") MultipartFile file) {
        return ResponseEntity.status(201).body(preparation.attach(id, "RESEARCH", taskId,
                file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), bytes(file), actors.require()));
    }

    @GetMapping("/plan")
    ImplementationPlan plan(@PathVariable long id) {
        consultations.get(id, actors.require());
        return preparation.plan(id);
    }

    record PlanText(@Nullable String objectives, @Nullable String steps) {
    }

    @PutMapping("/plan")
    ImplementationPlan savePlan(@PathVariable long id, @RequestBody PlanText body) {
        return preparation.savePlan(id, body.objectives(), body.steps(), actors.require());
    }

    record PlanTask(@Nullable String description, @Nullable Long ownerAccountId, @Nullable String ownerName,
            @Nullable LocalDate dueOn) {
    }

    @PostMapping("/plan/tasks")
    ResponseEntity<ImplementationPlan> addPlanTask(@PathVariable long id, @RequestBody PlanTask body) {
        return ResponseEntity.status(201).body(preparation.addPlanTask(id, body.description(), body.ownerAccountId(),
                body.ownerName(), body.dueOn(), actors.require()));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
