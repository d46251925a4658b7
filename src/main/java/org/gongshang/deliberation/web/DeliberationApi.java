package org.gongshang.deliberation.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.deliberation.DeliberationAnalyses;
import org.gongshang.deliberation.DeliberationAnalysis;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.NewDeliberation;
import org.gongshang.deliberation.StatementAddition;
import org.gongshang.deliberation.StatementStatus;
import org.gongshang.deliberation.Statements;
import org.gongshang.deliberation.Votes;
import org.gongshang.deliberation.VoteValue;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.HotPath;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/deliberations")
@Tag(name = "Deliberations", description = "云端协商 online deliberation: statements, votes, opinion groups, 最大公约数")
class DeliberationApi {

    private final Deliberations deliberations;
    private final Statements statements;
    private final Votes votes;
    private final DeliberationAnalyses analyses;
    private final Actors actors;
    private final Messages messages;

    DeliberationApi(Deliberations deliberations, Statements statements, Votes votes, DeliberationAnalyses analyses,
            Actors actors, Messages messages) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.votes = votes;
        this.analyses = analyses;
        this.actors = actors;
        this.messages = messages;
    }

    record NewDeliberationRequest(@Nullable String question, @Nullable String description, @Nullable Long topicId,
            @Nullable Long consultationId, @Nullable String regionCode, @Nullable ModerationMode moderation,
            @Nullable Instant opensAt, @Nullable Instant closesAt, @Nullable List<String> seedStatements,
            @Nullable List<Long> invitees) {
    }

    @PostMapping
    @Operation(summary = "Create a deliberation for a topic or a consultation (staff of the region, cadres, admins)")
    ResponseEntity<DeliberationJson> create(@RequestBody NewDeliberationRequest body) {
        Actor actor = actors.require();
        var created = deliberations.create(new NewDeliberation(body.question(), body.description(), body.topicId(),
                body.consultationId(), body.regionCode(), body.moderation(), body.opensAt(), body.closesAt(),
                body.seedStatements(), body.invitees()), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(DeliberationJson.of(created));
    }

    record InvitationRequest(@Nullable List<Long> accountIds) {
    }

    record InvitationJson(List<Long> invited) {
    }

    @PostMapping("/{id}/invitations")
    @Operation(summary = "Invite members, cadres or departments (by account id) to take part without a verified real name; they are told")
    InvitationJson invite(@PathVariable long id, @RequestBody InvitationRequest body) {
        deliberations.invite(id, body.accountIds(), actors.require());
        return new InvitationJson(body.accountIds() == null ? List.of() : body.accountIds().stream().distinct().toList());
    }

    @GetMapping
    @Operation(summary = "Deliberations, newest first")
    List<DeliberationJson> list() {
        actors.require();
        return deliberations.list().stream().map(DeliberationJson::of).toList();
    }

    @GetMapping("/{id}")
    DeliberationJson get(@PathVariable long id) {
        actors.require();
        return DeliberationJson.of(deliberations.get(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the deliberation now (organisers)")
    DeliberationJson close(@PathVariable long id) {
        return DeliberationJson.of(deliberations.close(id, actors.require()));
    }

    @GetMapping("/{id}/statements")
    @Operation(summary = "Statements participants see; organisers may ask for all=true with moderation states")
    List<DeliberationJson.Statement> statements(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all) {
        Actor actor = actors.require();
        return (all ? statements.all(id, actor) : statements.shown(id)).stream().map(DeliberationJson.Statement::of).toList();
    }

    record NewStatementRequest(@Nullable String text, @Nullable Boolean confirmed, @Nullable Boolean seed) {
    }

    @PostMapping("/{id}/statements")
    @Operation(summary = "Add a statement (≤ 140 characters). A near-duplicate answers 409 with the similar statements; "
            + "send it again with confirmed=true to add it anyway. seed=true: an organiser's accepted seed statement.")
    ResponseEntity<?> addStatement(@PathVariable long id, @RequestBody NewStatementRequest body) {
        Actor actor = actors.require();
        String text = body.text() == null ? "" : body.text();
        if (Boolean.TRUE.equals(body.seed())) {
            return ResponseEntity.status(HttpStatus.CREATED).body(DeliberationJson.Statement.of(statements.seed(id, text, actor)));
        }
        StatementAddition addition = statements.add(id, text, Boolean.TRUE.equals(body.confirmed()), actor);
        return switch (addition) {
            case StatementAddition.Added added ->
                    ResponseEntity.status(HttpStatus.CREATED).body(DeliberationJson.Statement.of(added.statement()));
            case StatementAddition.SimilarFound found -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new DeliberationJson.SimilarFound(messages.get("deliberation.statement.similar"), 409,
                            found.similar().stream().map(DeliberationJson.Similar::of).toList()));
        };
    }

    @PostMapping("/{id}/statements/{statementId}/accept")
    DeliberationJson.Statement accept(@PathVariable long id, @PathVariable long statementId) {
        return DeliberationJson.Statement.of(statements.moderate(id, statementId, StatementStatus.ACCEPTED, actors.require()));
    }

    @PostMapping("/{id}/statements/{statementId}/reject")
    DeliberationJson.Statement reject(@PathVariable long id, @PathVariable long statementId) {
        return DeliberationJson.Statement.of(statements.moderate(id, statementId, StatementStatus.REJECTED, actors.require()));
    }

    /** The value as text, so that anything outside the three answers 400 with the field named. */
    record VoteRequest(@Nullable Long statementId, @Nullable String value) {
    }

    record VoteJson(long statementId, String value) {
    }

    @PostMapping("/{id}/votes")
    @HotPath
    @Operation(summary = "Vote AGREE, DISAGREE or PASS; a new vote replaces the current one, the history keeps both")
    VoteJson vote(@PathVariable long id, @RequestBody VoteRequest body) {
        Actor actor = actors.require();
        if (body.statementId() == null) {
            throw DomainException.invalidField("statementId", "deliberation.vote.statement-required");
        }
        VoteValue value = parse(body.value());
        votes.vote(id, body.statementId(), value, actor);
        return new VoteJson(body.statementId(), value.name());
    }

    record HistoryJson(String value, Instant at) {
    }

    @GetMapping("/{id}/votes")
    @Operation(summary = "The caller's votes on one statement, oldest first; the last one counts")
    List<HistoryJson> history(@PathVariable long id, @RequestParam long statementId) {
        return votes.history(id, statementId, actors.require()).stream()
                .map(h -> new HistoryJson(h.value().name(), h.at())).toList();
    }

    @GetMapping("/{id}/next-statement")
    @Operation(summary = "The next statement for the caller (Pol.is priorities), 204 when none is left")
    ResponseEntity<DeliberationJson.Statement> next(@PathVariable long id) {
        return votes.next(id, actors.require()).map(s -> ResponseEntity.ok(DeliberationJson.Statement.of(s)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/{id}/analysis")
    @Operation(summary = "Opinion groups, representative statements, 最大公约数, consensus, majority, the map's bins, my position")
    DeliberationAnalysis analysis(@PathVariable long id) {
        return analyses.of(id, java.util.Optional.of(actors.require()));
    }

    static VoteValue parse(@Nullable String value) {
        if (value == null) {
            throw DomainException.invalidField("value", "deliberation.vote.value");
        }
        try {
            return VoteValue.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("value", "deliberation.vote.value");
        }
    }
}
