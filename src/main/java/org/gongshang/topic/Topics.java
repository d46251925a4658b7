package org.gongshang.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.SearchText;
import org.gongshang.similarity.ChineseTerms;
import org.gongshang.topic.internal.HistoryStore;
import org.gongshang.topic.internal.SupporterStore;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicChanged;
import org.gongshang.topic.internal.TopicStore;
import org.gongshang.topic.internal.TopicStore.Filter;
import org.gongshang.topic.internal.TopicStore.Listed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics for everyone who reads them, and the module's API for the plan and consultation
 * modules: pick accepted topics, move them on in the cycle, find who may rate the outcome.
 */
@Service
public class Topics {

    private final TopicStore store;
    private final SupporterStore supporters;
    private final HistoryStore history;
    private final TopicAccess access;
    private final Regions regions;
    private final TopicProperties properties;
    private final SearchText searchText;
    private final ApplicationEventPublisher events;

    Topics(TopicStore store, SupporterStore supporters, HistoryStore history, TopicAccess access, Regions regions,
            TopicProperties properties, SearchText searchText, ApplicationEventPublisher events) {
        this.store = store;
        this.supporters = supporters;
        this.history = history;
        this.access = access;
        this.regions = regions;
        this.properties = properties;
        this.searchText = searchText;
        this.events = events;
    }

    // ---- for other modules ------------------------------------------------------------------------

    /** Any topic by id, whatever its status (other modules decide what to show). */
    public Optional<TopicView> find(long id) {
        return store.findListed(id).map(this::view);
    }

    /** @throws DomainException NOT_FOUND */
    public TopicView get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("topic.unknown", id));
    }

    /** Accepted topics (not yet planned) in a region and below it, newest first: what a plan can pick. */
    public List<TopicView> accepted(String regionCode) {
        List<String> codes = List.copyOf(regions.codesWithin(regions.get(regionCode).code()));
        return store.list(new Filter(null, List.of(TopicStatus.ACCEPTED), codes, null, null, null, null, null, false, null),
                0, 500).stream().map(this::view).toList();
    }

    /** Accounts that stand behind the topic (submitter and co-signers): who may rate its outcome. */
    public List<Long> supporters(long topicId) {
        get(topicId);
        return supporters.of(topicId);
    }

    /** The plan module put the topic into a yearly plan. @throws DomainException CONFLICT unless ACCEPTED */
    @Transactional
    public TopicView markPlanned(long topicId, long planId, Actor by) {
        return progress(topicId, by, topic -> topic.plan(planId), HistoryKind.PLANNED, planId);
    }

    /** The plan module took the topic out of a plan: it is accepted again. */
    @Transactional
    public TopicView markUnplanned(long topicId, Actor by) {
        return progress(topicId, by, Topic::unplan, HistoryKind.UNPLANNED, null);
    }

    /** A consultation took the topic up. @throws DomainException CONFLICT unless ACCEPTED or PLANNED */
    @Transactional
    public TopicView markConsulting(long topicId, long consultationId, Actor by) {
        return progress(topicId, by, topic -> topic.startConsultation(consultationId), HistoryKind.IN_CONSULTATION,
                consultationId);
    }

    /** The consultation on the topic concluded. @throws DomainException CONFLICT unless IN_CONSULTATION */
    @Transactional
    public TopicView markConsulted(long topicId, Actor by) {
        return progress(topicId, by, Topic::concludeConsultation, HistoryKind.CONSULTED, null);
    }

    // ---- reading, with visibility -----------------------------------------------------------------

    /** A topic as the viewer may see it. @throws DomainException NOT_FOUND when they may not */
    public TopicView read(long id, Optional<Actor> viewer) {
        Topic topic = store.find(id).orElseThrow(() -> DomainException.notFound("topic.unknown", id));
        if (topic.status() != TopicStatus.MERGED) {
            access.requireSee(viewer, topic);
        }
        return get(id);
    }

    public List<HistoryEntry> history(long topicId) {
        return history.of(topicId);
    }

    /** Public lists: topics anyone may see, filtered and paged. */
    public TopicPage search(TopicQuery query) {
        String q = searchText.of(query.q(), "q");
        List<String> regionCodes = query.region() == null || query.region().isBlank() ? null
                : regions.find(query.region()).map(r -> List.copyOf(regions.codesWithin(r.code()))).orElse(List.of());
        List<TopicStatus> statuses = query.status() == null ? null : List.of(query.status());
        Filter filter = new Filter(searchQuery(q), statuses, regionCodes, query.category(), query.source(),
                query.campaign(), null, null, true, null);
        int size = Math.clamp(query.size(), 1, 100);
        int page = Math.max(query.page(), 0);
        List<TopicView> items = store.list(filter, page * size, size).stream().map(this::view).toList();
        return new TopicPage(items, store.count(filter), page, size);
    }

    /** The topics an account submitted (or entered for someone) and those it co-signed, newest first. */
    public List<TopicView> mine(Actor actor) {
        List<TopicView> mine = new ArrayList<>(store.list(new Filter(null, null, null, null, null, null, actor.accountId(), null,
                false, null), 0, 200).stream().map(this::view).toList());
        store.list(new Filter(null, null, null, null, null, null, null, actor.accountId(), false, false), 0, 200).stream()
                .map(this::view).filter(v -> mine.stream().noneMatch(m -> m.id() == v.id())).forEach(mine::add);
        return mine;
    }

    /**
     * Transparency: how many topics were declined for each reason, everywhere or in a region.
     *
     * @throws DomainException INVALID for a region code that names no region
     */
    public Map<DeclineReason, Long> declinedByReason(@Nullable String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return store.declinedByReason(null);
        }
        String code = regions.find(regionCode.strip()).orElseThrow(
                () -> DomainException.invalidField("region", "error.region-unknown", regionCode)).code();
        return store.declinedByReason(List.copyOf(regions.codesWithin(code)));
    }

    public boolean isSupporter(long topicId, long accountId) {
        return supporters.isSupporter(topicId, accountId);
    }

    TopicView view(Listed listed) {
        Topic t = listed.topic();
        Support support = Support.of(listed.supporters(), listed.communities(), t.source(), properties.representativeness());
        return new TopicView(t.id(), t.title(), t.description(), t.category(), listed.tags(), t.regionCode(), t.source(),
                t.channel(), t.status(), t.campaignId(), t.submittedBy(), t.held(), t.declineReason(), t.decisionNote(),
                t.mergedInto(), t.routedLevel(), t.routedOrganizationId(), t.planId(), t.consultationId(), t.submittedAt(),
                support);
    }

    /**
     * smartcn words of the query, all required, as a {@code tsquery} of quoted terms (so that no
     * character of the query is read as an operator); null when there is nothing to search for.
     */
    static @Nullable String searchQuery(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        List<String> words = ChineseTerms.instance().words(q);
        if (words.isEmpty()) {
            words = ChineseTerms.instance().bigrams(q);
        }
        if (words.isEmpty()) {
            String letters = q.strip().replaceAll("[^\\p{L}\\p{N}]", "");
            words = letters.isEmpty() ? List.of() : List.of(letters);
        }
        if (words.isEmpty()) {
            return null;
        }
        return String.join(" & ", words.stream().distinct().map(Topics::quoted).toList());
    }

    /** A term as a tsquery lexeme taken literally: in quotes, quotes and backslashes doubled. */
    private static String quoted(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private TopicView progress(long topicId, Actor by, java.util.function.Consumer<Topic> change, HistoryKind kind,
            @Nullable Long reference) {
        Topic topic = store.findForUpdate(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        change.accept(topic);
        store.update(topic);
        history.add(topicId, kind, by.accountId(), null, reference);
        events.publishEvent(new TopicProgressed(topicId, topic.title(), topic.status(), reference, supporters.of(topicId)));
        events.publishEvent(new TopicChanged(topicId));
        return get(topicId);
    }
}
