package org.gongshang.topic;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.MobileNumber;
import org.gongshang.identity.Role;
import org.gongshang.moderation.SensitiveWords;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.topic.internal.CampaignStore;
import org.gongshang.similarity.ChineseTerms;
import org.gongshang.topic.internal.HistoryStore;
import org.gongshang.topic.internal.OriginStore;
import org.gongshang.topic.internal.SupporterStore;
import org.gongshang.topic.internal.TagStore;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicChanged;
import org.gongshang.topic.internal.TopicStore;
import org.gongshang.topic.internal.TopicStore.OfflinePerson;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topic collection (议题征集): who submits decides the source; a campaign must be open; the text is
 * checked against the sensitive-word list; the submitter becomes the first supporter.
 */
@Service
public class TopicSubmissions {

    static final int OFFLINE_NAME_MAX = 30;

    private final TopicStore topics;
    private final SupporterStore supporters;
    private final CampaignStore campaigns;
    private final TagStore tags;
    private final HistoryStore history;
    private final OriginStore origins;
    private final SensitiveWords sensitiveWords;
    private final Regions regions;
    private final Actors actors;
    private final PersonalDataCipher cipher;
    private final Topics reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TopicSubmissions(TopicStore topics, SupporterStore supporters, CampaignStore campaigns, TagStore tags,
            HistoryStore history, OriginStore origins, SensitiveWords sensitiveWords, Regions regions, Actors actors, PersonalDataCipher cipher,
            Topics reader, ApplicationEventPublisher events, Clock clock) {
        this.topics = topics;
        this.supporters = supporters;
        this.campaigns = campaigns;
        this.tags = tags;
        this.history = history;
        this.origins = origins;
        this.sensitiveWords = sensitiveWords;
        this.regions = regions;
        this.actors = actors;
        this.cipher = cipher;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits a topic. @throws DomainException INVALID for wrong input (all fields at once),
     * FORBIDDEN for a role that does not submit, NOT_FOUND for an unknown campaign, CONFLICT for a
     * campaign that is not open
     */
    @Transactional
    public TopicView submit(NewTopic draft, Actor actor) {
        return submit(draft, sourceFor(actor, draft.isOffline()), actor);
    }

    /**
     * An emergency (应急事件) that shows a structural problem becomes a regular topic at its review
     * (热事件冷处理): source EMERGENCY, to screening like any other, with where it came from for the
     * screeners and a step on its timeline linking the event.
     *
     * @param eventId the emergency's id, the step's reference
     * @throws DomainException FORBIDDEN for anyone but staff in the topic's region, INVALID for wrong input
     */
    @Transactional
    public TopicView convertEmergency(NewTopic draft, TopicOrigin origin, long eventId, Actor actor) {
        if (draft.regionCode() == null || !actors.mayActIn(actor, draft.regionCode(), Role.STAFF)) {
            throw DomainException.forbidden("topic.submit.not-allowed");
        }
        TopicView topic = submit(draft, TopicSource.EMERGENCY, actor, false);
        origins.insert(topic.id(), origin);
        history.add(topic.id(), HistoryKind.CONVERTED_FROM, actor.accountId(), origin.description(), eventId);
        return reader.get(topic.id());
    }

    /**
     * A member recommends a topic (委员荐题) from what they met in the community, e.g. a resident's
     * matter at a liaison station: source MEMBER, with where it came from for the screeners and a
     * step on its timeline.
     *
     * @throws DomainException FORBIDDEN for anyone but a member, INVALID for wrong input
     */
    @Transactional
    public TopicView recommend(NewTopic draft, TopicOrigin origin, Actor actor) {
        if (!actor.has(Role.MEMBER)) {
            throw DomainException.forbidden("topic.submit.not-allowed");
        }
        TopicView topic = submit(draft, TopicSource.MEMBER, actor);
        origins.insert(topic.id(), origin);
        history.add(topic.id(), HistoryKind.RECOMMENDED_FROM, actor.accountId(), origin.description(), null);
        return reader.get(topic.id());
    }

    private TopicView submit(NewTopic draft, TopicSource source, Actor actor) {
        return submit(draft, source, actor, true);
    }

    /** The submission every path shares; for {@link TopicRaising} too, which submits for consultations. */
    TopicView submit(NewTopic draft, TopicSource source, Actor actor, boolean submitterSupports) {
        Instant now = clock.instant();
        Campaign campaign = draft.campaignId() == null ? null : campaigns.find(draft.campaignId())
                .orElseThrow(() -> DomainException.notFound("topic.campaign.unknown", draft.campaignId()));
        List<FieldProblem> problems = new ArrayList<>(Topic.checkText(strip(draft.title()), strip(draft.description())));
        if (draft.category() == null) {
            problems.add(new FieldProblem("category", "topic.category.required"));
        }
        String regionCode = regionOf(draft, campaign, actor, problems);
        List<Long> tagIds = tagIds(draft.tags(), problems);
        OfflinePerson offline = draft.isOffline() ? offlinePerson(draft, problems) : null;
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        if (draft.isOffline() || source == TopicSource.GRASSROOTS) {
            actors.requireIn(actor, regionCode, Role.STAFF, Role.CADRE);
        }
        if (campaign != null && !campaign.isOpenAt(now)) {
            throw DomainException.conflict(campaign.hasEndedAt(now) ? "topic.campaign.closed" : "topic.campaign.not-started",
                    campaign.theme());
        }
        List<String> heldWords = sensitiveWords.check(draft.title(), draft.description()).hits();
        Topic topic = Topic.submit(draft.title(), draft.description(), draft.category(), regionCode, source,
                draft.isOffline() ? SubmissionChannel.OFFLINE : SubmissionChannel.ONLINE,
                campaign == null ? null : campaign.id(), actor.accountId(), now, heldWords);
        long id = topics.insert(topic, searchTerms(topic), offline);
        tags.tag(id, tagIds);
        if (offline == null) {
            if (submitterSupports) {
                supporters.add(id, actor.accountId(), communityOf(actor.residenceRegionCode()));
            }
        } else {
            events.publishEvent(AuditRecord.of("topic.entered-offline", actor.accountId(), "topic", id)
                    .with("for", offline.nameMasked()));
        }
        history.add(id, HistoryKind.SUBMITTED, actor.accountId(), topic.channel().name(), campaign == null ? null : campaign.id());
        if (topic.held()) {
            history.add(id, HistoryKind.HELD, null, topic.heldWords(), null);
        }
        events.publishEvent(new TopicSubmitted(id, topic.title(), source, regionCode, actor.accountId(), topic.held(),
                topic.held() && offline == null ? List.of(actor.accountId()) : List.of()));
        events.publishEvent(new TopicChanged(id));
        return reader.get(id);
    }

    /**
     * The source follows from who submits: staff and cadres entering for a resident → PUBLIC;
     * departments and the party committee → PARTY_GOV; members → MEMBER; cadres → GRASSROOTS;
     * residents → PUBLIC. CPPCC staff screen topics rather than raise them.
     */
    static TopicSource sourceFor(Actor actor, boolean offline) {
        if (offline) {
            if (!actor.hasAny(Role.STAFF, Role.CADRE, Role.ADMIN)) {
                throw DomainException.forbidden("topic.offline.not-allowed");
            }
            return TopicSource.PUBLIC;
        }
        if (actor.hasAny(Role.DEPARTMENT, Role.REVIEWER)) {
            return TopicSource.PARTY_GOV;
        }
        if (actor.has(Role.MEMBER)) {
            return TopicSource.MEMBER;
        }
        if (actor.has(Role.CADRE)) {
            return TopicSource.GRASSROOTS;
        }
        if (actor.has(Role.RESIDENT)) {
            return TopicSource.PUBLIC;
        }
        throw DomainException.forbidden("topic.submit.not-allowed");
    }

    /** The community someone lives in: a grid counts as its community. */
    @Nullable String communityOf(@Nullable String residence) {
        if (residence == null) {
            return null;
        }
        Optional<Region> region = regions.find(residence);
        if (region.isEmpty()) {
            return null;
        }
        return switch (region.get().level()) {
            case GRID -> region.get().parentCode();
            case COMMUNITY -> region.get().code();
            default -> null;
        };
    }

    static List<String> searchTerms(Topic topic) {
        String text = topic.title() + "\n" + topic.description();
        List<String> terms = new ArrayList<>(ChineseTerms.instance().words(text));
        terms.addAll(ChineseTerms.instance().bigrams(text));
        return terms;
    }

    private String regionOf(NewTopic draft, @Nullable Campaign campaign, Actor actor, List<FieldProblem> problems) {
        String code = Text.blankToNull(draft.regionCode());
        if (code == null) {
            code = campaign != null ? campaign.regionCode() : communityOf(actor.residenceRegionCode());
        }
        if (code == null) {
            problems.add(new FieldProblem("regionCode", "topic.region.required"));
            return "";
        }
        Optional<Region> region = regions.find(code);
        if (region.isEmpty() || !region.get().active()) {
            problems.add(new FieldProblem("regionCode", "topic.region.unknown", code));
        } else if (campaign != null && !regions.isWithin(code, campaign.regionCode())) {
            problems.add(new FieldProblem("regionCode", "topic.region.outside-campaign", campaign.theme()));
        }
        return code;
    }

    private List<Long> tagIds(List<String> names, List<FieldProblem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String name : names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList()) {
            Optional<TopicTag> tag = tags.findByName(name).filter(TopicTag::active);
            if (tag.isEmpty()) {
                problems.add(new FieldProblem("tags", "topic.tag.unknown", name));
            } else {
                ids.add(tag.get().id());
            }
        }
        return ids;
    }

    private OfflinePerson offlinePerson(NewTopic draft, List<FieldProblem> problems) {
        String name = draft.offlineName() == null ? "" : draft.offlineName().strip();
        if (name.length() > OFFLINE_NAME_MAX) {
            problems.add(new FieldProblem("offlineName", "topic.offline.name", OFFLINE_NAME_MAX));
        }
        String phone = Text.blankToNull(draft.offlinePhone());
        String number = phone == null ? null : MobileNumber.normalise(phone);
        if (number != null && !MobileNumber.isValid(number)) {
            problems.add(new FieldProblem("offlinePhone", "topic.offline.phone"));
            number = null;
        }
        return new OfflinePerson(cipher.encrypt(name), maskName(name), number == null ? null : cipher.encrypt(number),
                number == null ? null : Masking.phone(number));
    }

    /** 张三丰 → 张**: enough for staff to recognise a caller in a list. */
    static String maskName(String name) {
        if (name.codePointCount(0, name.length()) <= 1) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
