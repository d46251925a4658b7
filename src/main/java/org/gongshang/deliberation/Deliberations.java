package org.gongshang.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.deliberation.internal.Deliberation;
import org.gongshang.deliberation.internal.DeliberationStore;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online deliberations (云端协商): organisers create them for a topic or a consultation with a
 * question, open and close times and seed statements; everyone signed in reads them. The
 * consultation module keeps the id of its deliberation and reads it here.
 */
@Service
public class Deliberations {

    static final int MAX_QUESTION = 200;
    static final int MAX_DESCRIPTION = 4000;

    private final DeliberationStore store;
    private final Statements statements;
    private final DeliberationAccess access;
    private final Topics topics;
    private final Regions regions;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliberations(DeliberationStore store, Statements statements, DeliberationAccess access, Topics topics, Regions regions,
            Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.statements = statements;
        this.access = access;
        this.topics = topics;
        this.regions = regions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException INVALID with field problems, FORBIDDEN outside the organiser's region */
    @Transactional
    public DeliberationView create(NewDeliberation request, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String question = request.question() == null ? "" : request.question().strip();
        String description = request.description() == null ? "" : request.description().strip();
        if (question.isEmpty() || question.length() > MAX_QUESTION) {
            problems.add(new FieldProblem("question", "deliberation.question.length", MAX_QUESTION));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "deliberation.description.length", MAX_DESCRIPTION));
        }
        String region = request.regionCode();
        if (request.topicId() != null) {
            TopicView topic = topics.find(request.topicId()).filter(TopicView::isPublic).orElse(null);
            if (topic == null) {
                problems.add(new FieldProblem("topicId", "deliberation.topic.unknown", request.topicId()));
            } else {
                region = topic.regionCode();
            }
        } else if (request.consultationId() == null) {
            problems.add(new FieldProblem("topicId", "deliberation.belongs-to.required"));
        }
        if (region == null || region.isBlank()) {
            if (request.topicId() == null) {
                problems.add(new FieldProblem("regionCode", "deliberation.region.required"));
            }
        } else if (regions.find(region).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "deliberation.region.unknown", region));
        }
        Instant now = clock.instant();
        Instant opens = request.opensAt() == null ? now : request.opensAt();
        if (request.closesAt() == null) {
            problems.add(new FieldProblem("closesAt", "deliberation.closes.required"));
        } else if (!request.closesAt().isAfter(opens) || !request.closesAt().isAfter(now)) {
            problems.add(new FieldProblem("closesAt", "deliberation.closes.before"));
        }
        List<String> seeds = request.seedStatements() == null ? List.of()
                : request.seedStatements().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        seeds.forEach(seed -> statements.checkLength(seed, "seedStatements", problems));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        access.requireOrganiser(actor, region);
        ModerationMode mode = request.moderation() == null ? ModerationMode.OPEN : request.moderation();
        Deliberation deliberation = new Deliberation(0, question, description, region, request.topicId(),
                request.consultationId(), mode, opens, request.closesAt(), actor.accountId(), now);
        long id = store.insert(deliberation);
        List<Long> invitees = request.invitees() == null ? List.of() : request.invitees().stream().distinct().toList();
        requireAccounts(invitees, "invitees");
        store.invite(id, invitees);
        seeds.forEach(seed -> statements.addSeed(id, seed, actor));
        events.publishEvent(AuditRecord.of("deliberation.created", actor.accountId(), "deliberation", id)
                .with("question", question).with("region", region));
        events.publishEvent(new DeliberationOpened(id, question, invitees));
        return get(id);
    }

    /** @throws DomainException NOT_FOUND */
    public DeliberationView get(long id) {
        Deliberation d = require(id);
        return view(d);
    }

    /** Newest first: every deliberation, for everyone signed in. */
    public List<DeliberationView> list() {
        return store.list(List.of(), true, 200).stream().map(this::view).toList();
    }

    /** Those open now, newest first, at most {@code limit}: counted only for what is shown (the home page). */
    public List<DeliberationView> open(int limit) {
        Instant now = clock.instant();
        return store.list(List.of(), true, 200).stream().filter(d -> d.statusAt(now) == DeliberationStatus.OPEN)
                .limit(limit).map(this::view).toList();
    }

    /** The deliberations held on a topic (for the topic's page and the consultation module). */
    public List<DeliberationView> ofTopic(long topicId) {
        return store.ofTopic(topicId).stream().map(this::view).toList();
    }

    /** Ends the deliberation now. @throws DomainException FORBIDDEN unless an organiser, CONFLICT when closed */
    @Transactional
    public DeliberationView close(long id, Actor actor) {
        Deliberation d = require(id);
        access.requireOrganiser(actor, d.regionCode());
        store.updateTimes(d.closedAt(clock.instant()));
        events.publishEvent(AuditRecord.of("deliberation.closed", actor.accountId(), "deliberation", id));
        return get(id);
    }

    /**
     * Invites members, cadres or departments to take part without a verified real name; they are
     * told. @throws DomainException INVALID for no or unknown accounts, FORBIDDEN unless an
     * organiser, CONFLICT once closed
     */
    @Transactional
    public void invite(long id, @Nullable List<Long> accountIds, Actor actor) {
        Deliberation d = require(id);
        access.requireOrganiser(actor, d.regionCode());
        List<Long> invitees = accountIds == null ? List.of() : accountIds.stream().filter(Objects::nonNull).distinct().toList();
        if (invitees.isEmpty()) {
            throw DomainException.invalidField("accountIds", "deliberation.invite.none");
        }
        requireAccounts(invitees, "accountIds");
        if (d.statusAt(clock.instant()) == DeliberationStatus.CLOSED) {
            throw DomainException.conflict("deliberation.closed");
        }
        store.invite(id, invitees);
        events.publishEvent(new DeliberationOpened(id, d.question(), invitees));
        events.publishEvent(AuditRecord.of("deliberation.invited", actor.accountId(), "deliberation", id)
                .with("accounts", invitees.toString()));
    }

    private void requireAccounts(List<Long> accountIds, String field) {
        for (long accountId : accountIds) {
            if (accounts.find(accountId).isEmpty()) {
                throw DomainException.invalidField(field, "deliberation.invite.unknown", accountId);
            }
        }
    }

    public boolean mayOrganise(long id, Actor actor) {
        return access.mayOrganise(actor, require(id).regionCode());
    }

    Deliberation require(long id) {
        return store.find(id).orElseThrow(() -> DomainException.notFound("deliberation.unknown", id));
    }

    private DeliberationView view(Deliberation d) {
        DeliberationStore.Counts counts = store.counts(d.id());
        return new DeliberationView(d.id(), d.question(), d.description(), d.regionCode(), d.topicId(), d.consultationId(),
                d.moderation(), d.opensAt(), d.closesAt(), d.statusAt(clock.instant()), d.createdBy(), d.createdAt(),
                counts.statements(), counts.participants(), counts.votes());
    }
}
