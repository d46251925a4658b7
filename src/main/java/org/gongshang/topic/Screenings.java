package org.gongshang.topic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.HistoryStore;
import org.gongshang.topic.internal.OriginStore;
import org.gongshang.topic.internal.ImageStore;
import org.gongshang.topic.internal.Preflags;
import org.gongshang.topic.internal.SupporterStore;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicChanged;
import org.gongshang.topic.internal.TopicStore;
import org.gongshang.topic.internal.TopicStore.Filter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening (议题遴选): the queue of a screener's region, the case for one topic, the decision
 * (accept; decline with a reason and a note; merge a duplicate), and the release of topics held by
 * the sensitive-word check. Every decision is audited and told to the supporters.
 */
@Service
public class Screenings {

    static final int MERGE_CANDIDATES = 10;

    private final TopicStore topics;
    private final SupporterStore supporters;
    private final HistoryStore history;
    private final OriginStore origins;
    private final ImageStore images;
    private final Preflags preflags;
    private final TopicAccess access;
    private final SimilarTopics similarTopics;
    private final Topics reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Screenings(TopicStore topics, SupporterStore supporters, HistoryStore history, OriginStore origins, ImageStore images, Preflags preflags,
            TopicAccess access, SimilarTopics similarTopics, Topics reader, ApplicationEventPublisher events, Clock clock) {
        this.topics = topics;
        this.supporters = supporters;
        this.history = history;
        this.origins = origins;
        this.images = images;
        this.preflags = preflags;
        this.access = access;
        this.similarTopics = similarTopics;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /** Topics waiting for the actor's screening, oldest first. */
    public List<TopicView> queue(Actor actor) {
        return inScope(actor, new Filter(null, List.of(TopicStatus.SUBMITTED), null, null, null, null, null, null, false, null))
                .reversed();
    }

    /** Topics held by the sensitive-word check in the actor's region, for moderators. */
    public List<TopicView> held(Actor actor) {
        return inScope(actor, new Filter(null, null, null, null, null, null, null, null, false, true));
    }

    /** Accepted topics in the actor's region, waiting to be routed or already routed. */
    public List<TopicView> accepted(Actor actor) {
        return inScope(actor, new Filter(null, List.of(TopicStatus.ACCEPTED, TopicStatus.PLANNED), null, null, null, null,
                null, null, false, null));
    }

    /** @throws DomainException NOT_FOUND, or FORBIDDEN for someone who is no screener of the topic's region */
    public ScreeningCase screeningCase(long topicId, Actor actor) {
        Topic topic = load(topicId, actor);
        access.requireScreen(actor, topic);
        TopicView view = reader.get(topicId);
        List<ScreeningCase.Preflag> flags = preflags.find(topic.title(), topic.description()).stream()
                .map(match -> new ScreeningCase.Preflag(match.keyword(), match.tag())).toList();
        List<ScreeningCase.SimilarTopicDetail> similar = similarTopics.forScreening(topicId, actor).stream()
                .flatMap(s -> reader.find(s.id()).map(v -> new ScreeningCase.SimilarTopicDetail(s, v)).stream()).toList();
        return new ScreeningCase(view, images.of(topicId), flags, similar, history.of(topicId),
                topics.offlineNameMasked(topicId).orElse(null), topic.heldWords(), origins.of(topicId).orElse(null));
    }

    /**
     * Topics a duplicate may be merged into, found by the screener rather than by the similarity
     * lookup, which can miss an obvious duplicate: by number ({@code 123} or {@code #123}) or by
     * words, among the open topics of the screener's region, at most {@code MERGE_CANDIDATES}.
     */
    public List<TopicView> mergeCandidates(long topicId, @Nullable String search, Actor actor) {
        access.requireScreen(actor, load(topicId, actor));
        String text = search == null ? "" : search.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<TopicStatus> open = List.of(TopicStatus.SUBMITTED, TopicStatus.ACCEPTED);
        if (text.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(text.replace("#", ""));
            return reader.find(id).filter(t -> id != topicId && open.contains(t.status()) && access.mayScreen(actor, t))
                    .stream().toList();
        }
        return inScope(actor, new Filter(Topics.searchQuery(text), open, null, null, null, null, null, null, false, null))
                .stream().filter(t -> t.id() != topicId).limit(MERGE_CANDIDATES).toList();
    }

    /** The reasons the rules suggest for a topic (empty when none). */
    public List<DeclineReason> preflagsOf(TopicView topic) {
        return preflags.reasons(topic.title(), topic.description());
    }

    /**
     * Decides on a SUBMITTED topic. @throws DomainException NOT_FOUND, FORBIDDEN outside the
     * screener's region, INVALID without a decision, or a decline without reason or note (or a
     * duplicate without the topic it repeats), CONFLICT when the topic was screened already
     */
    @Transactional
    public TopicView decide(long topicId, ScreeningDecision decision, Actor actor) {
        Topic topic = load(topicId, actor);
        access.requireScreen(actor, topic);
        if (decision.decision() == null) {
            throw DomainException.invalidField("decision", "topic.screening.decision-required");
        }
        if (decision.decision() == Decision.DECLINE && decision.reason() == DeclineReason.DUPLICATE
                && decision.mergeInto() != null) {
            requireNote(decision.note());
            return merge(topicId, decision.mergeInto(), decision.note(), actor);
        }
        if (decision.decision() == Decision.ACCEPT) {
            topic.accept(actor.accountId(), decision.note(), clock.instant());
        } else {
            topic.decline(decision.reason(), decision.note(), actor.accountId(), clock.instant());
        }
        topics.update(topic);
        boolean accepted = topic.status() == TopicStatus.ACCEPTED;
        history.add(topicId, accepted ? HistoryKind.ACCEPTED : HistoryKind.DECLINED, actor.accountId(),
                accepted ? topic.decisionNote() : topic.declineReason().name(), null);
        events.publishEvent(new TopicScreened(topicId, topic.title(), decision.decision(), topic.declineReason(),
                topic.decisionNote(), actor.accountId(), supporters.of(topicId)));
        events.publishEvent(AuditRecord.of(accepted ? "topic.accepted" : "topic.declined", actor.accountId(), "topic", topicId)
                .with("reason", topic.declineReason()).with("preflags", preflags.reasons(topic.title(), topic.description())));
        events.publishEvent(new TopicChanged(topicId));
        return reader.get(topicId);
    }

    /**
     * Merges a duplicate into a surviving topic, which gets the union of both topics' supporters.
     * Everyone who supported the duplicate, and the survivor's submitter, is told.
     */
    @Transactional
    public TopicView merge(long topicId, long survivorId, @Nullable String note, Actor actor) {
        Topic duplicate = load(topicId, actor);
        access.requireScreen(actor, duplicate);
        requireNote(note);
        Topic survivor = topics.findForUpdate(survivorId)
                .orElseThrow(() -> DomainException.invalidField("mergeInto", "topic.merge.unknown", survivorId));
        access.requireScreen(actor, survivor);
        List<Long> duplicateSupporters = supporters.of(topicId);
        duplicate.mergeInto(survivor, note, actor.accountId(), clock.instant());
        topics.update(duplicate);
        supporters.copy(topicId, survivorId);
        topics.touch(survivorId);
        history.add(topicId, HistoryKind.MERGED, actor.accountId(), note, survivorId);
        history.add(survivorId, HistoryKind.ABSORBED, actor.accountId(), duplicate.title(), topicId);
        LinkedHashSet<Long> recipients = new LinkedHashSet<>(duplicateSupporters);
        recipients.add(survivor.submittedBy());
        events.publishEvent(new TopicsMerged(topicId, duplicate.title(), survivorId, survivor.title(), actor.accountId(),
                new ArrayList<>(recipients)));
        events.publishEvent(AuditRecord.of("topic.merged", actor.accountId(), "topic", topicId)
                .with("reason", DeclineReason.DUPLICATE).with("into", survivorId));
        events.publishEvent(new TopicChanged(topicId));
        events.publishEvent(new TopicChanged(survivorId));
        return reader.get(topicId);
    }

    /** A moderator lets a held topic onto public pages. @throws DomainException CONFLICT when not held */
    @Transactional
    public TopicView release(long topicId, Actor actor) {
        Topic topic = load(topicId, actor);
        if (!access.mayModerate(actor, topic.regionCode())) {
            throw DomainException.forbidden("topic.release.not-allowed");
        }
        String words = topic.heldWords();
        topic.release();
        topics.update(topic);
        history.add(topicId, HistoryKind.RELEASED, actor.accountId(), null, null);
        events.publishEvent(new TopicReleased(topicId, topic.title(), actor.accountId(), List.of(topic.submittedBy())));
        events.publishEvent(AuditRecord.of("topic.released", actor.accountId(), "topic", topicId).with("words", words));
        events.publishEvent(new TopicChanged(topicId));
        return reader.get(topicId);
    }

    private Topic load(long topicId, Actor actor) {
        Topic topic = topics.findForUpdate(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        access.requireSee(Optional.of(actor), topic);
        return topic;
    }

    private List<TopicView> inScope(Actor actor, Filter filter) {
        TopicAccess.ScreeningScope scope = access.scope(actor);
        if (scope.isEmpty()) {
            throw DomainException.forbidden("topic.screening.no-scope");
        }
        List<TopicView> found = new ArrayList<>(topics.list(withRegions(filter, scope.staffRegions(), null), 0, 500)
                .stream().map(reader::view).toList());
        if (!scope.cadreRegions().isEmpty()) {
            topics.list(withRegions(filter, scope.cadreRegions(), TopicSource.GRASSROOTS), 0, 500).stream().map(reader::view)
                    .filter(v -> found.stream().noneMatch(f -> f.id() == v.id())).forEach(found::add);
        }
        return found;
    }

    private static Filter withRegions(Filter filter, @Nullable List<String> regions, @Nullable TopicSource source) {
        return new Filter(filter.searchQuery(), filter.statuses(), regions, filter.category(), source, filter.campaignId(),
                filter.submittedBy(), filter.supportedBy(), filter.publicOnly(), filter.held());
    }

    private static void requireNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalidField("note", "topic.screening.note-required");
        }
    }
}
