package org.gongshang.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.followup.internal.FollowUpAccess;
import org.gongshang.followup.internal.FollowUpStore;
import org.gongshang.followup.internal.Links;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.followup.internal.PhotoStore;
import org.gongshang.followup.internal.Rows;
import org.gongshang.shared.image.SanitizedImage;
import org.gongshang.followup.internal.SurveyStore;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.gongshang.shared.Zones;
import org.gongshang.topic.TopicView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up records (跟踪问效记录): staff, and members taking part, record surveys, unannounced visits
 * and return visits on recommendations in their region, with who took part, findings and photos.
 */
@Service
public class FollowUps {

    static final int MAX_PLACE = 200;
    static final int MAX_FINDINGS = 4000;
    static final int MAX_NAME = 50;
    static final int MAX_PARTICIPANTS = 30;

    private final FollowUpStore store;
    private final PhotoStore photos;
    private final FollowUpAccess access;
    private final Links links;
    private final SurveyStore surveys;
    private final Surveys surveyService;
    private final Accounts accounts;
    private final FollowUpProperties properties;
    private final ImageSanitizer sanitizer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUps(FollowUpStore store, PhotoStore photos, FollowUpAccess access, Links links, SurveyStore surveys,
            Surveys surveyService, Accounts accounts, FollowUpProperties properties, ImageSanitizer sanitizer,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.photos = photos;
        this.access = access;
        this.links = links;
        this.surveys = surveys;
        this.surveyService = surveyService;
        this.accounts = accounts;
        this.properties = properties;
        this.sanitizer = sanitizer;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** @throws DomainException NOT_FOUND when unknown or not visible to the viewer */
    public FollowUpRecord get(long id, @Nullable Actor viewer) {
        FollowUpRecord record = store.find(id).orElseThrow(() -> DomainException.notFound("followup.record.unknown", id));
        access.requireView(viewer, record);
        return record;
    }

    /** Records of the staff's regions, and those the actor made or took part in; newest first. */
    public List<FollowUpRecord> list(Actor actor, @Nullable Long recommendationId, @Nullable FollowUpKind kind, int page,
            int size) {
        int limit = Math.clamp(size, 1, 100);
        List<String> regions = access.staffRegions(actor);
        FollowUpStore.Filter filter = new FollowUpStore.Filter(regions.isEmpty() ? null : regions, actor.accountId(),
                !regions.isEmpty(), recommendationId, kind);
        return store.list(filter, Math.max(page, 0) * limit, limit);
    }

    /**
     * A recommendation's follow-up for its page: how often (for all who may see the recommendation),
     * the records the viewer may read, the surveys.
     *
     * @throws DomainException NOT_FOUND when the viewer may not see the recommendation
     */
    public RecommendationFollowUps ofRecommendation(long recommendationId, @Nullable Actor viewer) {
        if (!links.mayViewRecommendation(recommendationId, viewer)) {
            throw DomainException.notFound("followup.link.recommendation-unknown", recommendationId);
        }
        List<FollowUpRecord> records = store.list(new FollowUpStore.Filter(null, null, false, recommendationId, null), 0, 200)
                .stream().filter(record -> access.mayView(viewer, record)).toList();
        return new RecommendationFollowUps(recommendationId, links.recommendationText(recommendationId), store.countsOf(recommendationId), records,
                surveyService.ofRecommendation(recommendationId, viewer));
    }

    public boolean mayRecord(Actor actor) {
        return access.mayRecordSomewhere(actor);
    }

    public boolean mayAddPhotos(Actor actor, FollowUpRecord record) {
        return access.mayManage(actor, record) || record.recordedBy() == actor.accountId();
    }

    // ---- recording ------------------------------------------------------------------------------

    /**
     * Records a follow-up; the recorder takes part. Photos may come with it (checked before anything is
     * kept, so a bad photo changes nothing).
     *
     * @throws DomainException INVALID with every problem at its field, FORBIDDEN outside the actor's region
     */
    @Transactional
    public FollowUpRecord record(NewFollowUp request, List<byte[]> photoFiles, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.kind() == null) {
            problems.add(new FieldProblem("kind", "followup.record.kind-required"));
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        if (request.happenedOn() == null || request.happenedOn().isAfter(today)) {
            problems.add(new FieldProblem("happenedOn", "followup.record.date-invalid"));
        }
        String place = Text.blankToNull(request.place());
        if (place == null || place.length() > MAX_PLACE) {
            problems.add(new FieldProblem("place", "followup.record.place-invalid", MAX_PLACE));
        }
        String findings = Text.blankToNull(request.findings());
        if (findings == null || findings.length() > MAX_FINDINGS) {
            problems.add(new FieldProblem("findings", "followup.record.findings-invalid", MAX_FINDINGS));
        }
        String region = Text.blankToNull(request.regionCode());
        List<Long> recommendationIds = request.recommendationIds() == null ? List.of()
                : request.recommendationIds().stream().distinct().toList();
        for (long id : recommendationIds) {
            RecommendationView recommendation = links.recommendation(id, actor, "recommendationIds", problems);
            if (region == null && recommendation != null) {
                region = recommendation.regionCode();
            }
        }
        Consultation consultation = request.consultationId() == null ? null
                : links.consultation(request.consultationId(), actor, "consultationId", problems);
        TopicView topic = request.topicId() == null ? null : links.topic(request.topicId(), actor, "topicId", problems);
        if (recommendationIds.isEmpty() && request.consultationId() == null && request.topicId() == null) {
            problems.add(new FieldProblem("recommendationIds", "followup.record.nothing-followed"));
        }
        if (region == null) {
            region = consultation != null ? consultation.regionCode() : topic != null ? topic.regionCode() : null;
        }
        if (region == null) {
            problems.add(new FieldProblem("regionCode", "followup.region.invalid"));
        }
        if (request.surveyId() != null) {
            if (request.kind() != FollowUpKind.SURVEY) {
                problems.add(new FieldProblem("surveyId", "followup.record.survey-not-survey"));
            } else if (surveys.find(request.surveyId()).filter(s -> surveyService.mayManage(actor, s)).isEmpty()) {
                problems.add(new FieldProblem("surveyId", "followup.record.survey-unknown", request.surveyId()));
            }
        }
        List<FollowUpRecord.Participant> participants = participants(request, actor, problems);
        List<SanitizedImage> pictures = new ArrayList<>();
        for (byte[] file : photoFiles) {
            SanitizedImage picture = checkedPhoto(file, problems);
            if (picture != null) {
                pictures.add(picture);
            }
        }
        if (photoFiles.size() > properties.photos().maxCount()) {
            problems.add(new FieldProblem("photos", "followup.photo.too-many", properties.photos().maxCount()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        access.requireRecorderIn(actor, region);
        long id = store.insert(new FollowUpStore.NewRow(request.kind(), region, request.happenedOn(), place, findings,
                recommendationIds, request.consultationId(), request.topicId(), request.surveyId(), participants,
                actor.accountId(), Rows.now(clock)));
        pictures.forEach(picture -> photos.insert(id, picture));
        List<Long> accounts = new ArrayList<>(List.of(actor.accountId()));
        participants.stream().map(FollowUpRecord.Participant::accountId).filter(Objects::nonNull)
                .filter(account -> !accounts.contains(account)).forEach(accounts::add);
        events.publishEvent(new FollowUpRecorded(id, request.kind(), region, request.happenedOn(), recommendationIds,
                request.consultationId(), request.topicId(), accounts));
        events.publishEvent(AuditRecord.of("followup.recorded", actor.accountId(), "follow-up", id)
                .with("kind", request.kind()).with("recommendations", recommendationIds));
        return store.find(id).orElseThrow();
    }

    /** One more photo. @throws DomainException INVALID for a bad file, CONFLICT when the record has its photos */
    @Transactional
    public FollowUpRecord.Photo addPhoto(long id, byte[] content, Actor actor) {
        FollowUpRecord record = store.find(id).orElseThrow(() -> DomainException.notFound("followup.record.unknown", id));
        access.requirePhotographer(actor, record);
        if (photos.count(id) >= properties.photos().maxCount()) {
            throw DomainException.conflict("followup.photo.too-many", properties.photos().maxCount());
        }
        long photoId = photos.insert(id, sanitize(content, "file"));
        return store.find(id).orElseThrow().photos().stream().filter(p -> p.id() == photoId).findFirst().orElseThrow();
    }

    public byte[] photo(long id, long photoId, @Nullable Actor viewer) {
        get(id, viewer);
        return photos.content(id, photoId).orElseThrow(() -> DomainException.notFound("followup.photo.unknown", photoId));
    }

    private @Nullable SanitizedImage checkedPhoto(byte[] file, List<FieldProblem> problems) {
        try {
            return sanitize(file, "photos");
        } catch (DomainException bad) {
            if (bad.fieldProblems().isEmpty()) {
                throw bad; // not this photo's fault (too many pictures being decoded): the whole form waits
            }
            problems.addAll(bad.fieldProblems());
            return null;
        }
    }

    private SanitizedImage sanitize(byte[] content, String field) {
        return sanitizer.sanitize(content, properties.photos().maxSize().toBytes(), "followup.photo", field);
    }

    private List<FollowUpRecord.Participant> participants(NewFollowUp request, Actor actor, List<FieldProblem> problems) {
        Set<Long> accountIds = new LinkedHashSet<>();
        accountIds.add(actor.accountId());
        if (request.participantAccountIds() != null) {
            accountIds.addAll(request.participantAccountIds());
        }
        List<FollowUpRecord.Participant> participants = new ArrayList<>();
        for (long accountId : accountIds) {
            AccountView account = accounts.find(accountId).orElse(null);
            if (account == null) {
                problems.add(new FieldProblem("participantAccountIds", "followup.record.participant-unknown", accountId));
            } else {
                participants.add(new FollowUpRecord.Participant(accountId, account.realName()));
            }
        }
        for (String name : request.otherParticipants() == null ? List.<String>of() : request.otherParticipants()) {
            String clean = Text.blankToNull(name);
            if (clean != null && clean.length() > MAX_NAME) {
                problems.add(new FieldProblem("otherParticipants", "followup.record.name-too-long", MAX_NAME));
            } else if (clean != null) {
                participants.add(new FollowUpRecord.Participant(null, clean));
            }
        }
        if (participants.size() > MAX_PARTICIPANTS) {
            problems.add(new FieldProblem("otherParticipants", "followup.record.too-many-participants", MAX_PARTICIPANTS));
        }
        return participants;
    }
}
