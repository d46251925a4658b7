package org.gongshang.outcome.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.outcome.Capabilities;
import org.gongshang.outcome.Handler;
import org.gongshang.outcome.ProgressReport;
import org.gongshang.outcome.PublicRecommendation;
import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.RecommendationDetails;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.outcome.StatusChange;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds what a recommendation's page shows, for one viewer: the public gets the facts, history,
 * reports, replies and rating counts; managers also the individual ratings, extensions and
 * supervision notes. Names of people are shown to the staff and departments only.
 */
@Component("outcomeDetailsAssembler")
public class DetailsAssembler {

    private final HistoryStore history;
    private final HandlingStore handling;
    private final RatingStore ratings;
    private final SupervisionStore supervision;
    private final OutcomeAccess access;
    private final Deadlines deadlines;
    private final Organizations organizations;
    private final Regions regions;
    private final Consultations consultations;
    private final Topics topics;
    private final Accounts accounts;

    DetailsAssembler(HistoryStore history, HandlingStore handling, RatingStore ratings, SupervisionStore supervision,
            OutcomeAccess access, Deadlines deadlines, Organizations organizations, Regions regions,
            Consultations consultations, Topics topics, Accounts accounts) {
        this.history = history;
        this.handling = handling;
        this.ratings = ratings;
        this.supervision = supervision;
        this.access = access;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.regions = regions;
        this.consultations = consultations;
        this.topics = topics;
        this.accounts = accounts;
    }

    public RecommendationView view(Recommendation recommendation) {
        var today = deadlines.today();
        int late = recommendation.dueOn() == null ? 0 : Math.max(0, -deadlines.workingDaysLeft(recommendation.dueOn()));
        return RecommendationView.of(recommendation, today, late);
    }

    public Capabilities capabilities(@Nullable Actor viewer, Recommendation recommendation) {
        if (viewer == null) {
            return Capabilities.NONE;
        }
        Handler handler = Handler.of(viewer);
        boolean lead = recommendation.isLead(handler);
        boolean coHandler = recommendation.isCoHandler(handler);
        boolean rater = !lead && !coHandler && ratings.isRater(recommendation.id(), viewer.accountId());
        boolean rated = ratings.ratings(recommendation.id()).stream()
                .anyMatch(r -> r.handlingRound() == recommendation.handlingRound() && r.accountId() == viewer.accountId());
        boolean windowOpen = recommendation.status() == RecommendationStatus.REPLIED && (recommendation.ratingClosesOn() == null
                || !deadlines.today().isAfter(recommendation.ratingClosesOn()));
        return new Capabilities(access.mayManage(viewer, recommendation), lead, coHandler, rater && !rated && windowOpen, rated);
    }

    public RecommendationDetails details(Recommendation recommendation, @Nullable Actor viewer) {
        Capabilities can = capabilities(viewer, recommendation);
        boolean internal = can.manage() || can.lead() || can.coHandler();
        List<StatusChange> changes = history.of(recommendation.id());
        if (!internal) {
            // The public sees the steps, not the internal drafting nor the reasons between staff and departments.
            changes = changes.stream().filter(c -> c.to().isPublished())
                    .map(c -> new StatusChange(c.from(), c.to(), null, c.at(), publicReason(c), c.handlingRound())).toList();
        }
        List<ProgressReport> progress = handling.progress(recommendation.id());
        var replies = handling.replies(recommendation.id());
        var opinions = internal ? handling.opinions(recommendation.id()) : List.<org.gongshang.outcome.CoHandlerOpinion>of();
        var extensions = internal ? handling.extensions(recommendation.id()) : List.<org.gongshang.outcome.ExtensionRequest>of();
        Map<Satisfaction, Integer> counts = ratings.counts(recommendation.id(), recommendation.handlingRound());
        var individual = can.manage() ? ratings.ratings(recommendation.id()) : List.<org.gongshang.outcome.SatisfactionRating>of();
        var notes = can.manage() ? supervision.notes(recommendation.id()) : List.<org.gongshang.outcome.SupervisionNote>of();

        Set<Long> organizationIds = new HashSet<>();
        if (recommendation.assignment() != null) {
            organizationIds.add(recommendation.assignment().leadOrganizationId());
            organizationIds.addAll(recommendation.assignment().coOrganizationIds());
        }
        progress.forEach(p -> organizationIds.add(p.organizationId()));
        replies.forEach(r -> organizationIds.add(r.organizationId()));
        opinions.forEach(o -> organizationIds.add(o.organizationId()));
        Map<Long, String> organizationNames = new HashMap<>();
        organizationIds.forEach(id -> organizations.find(id).map(Organization::name).ifPresent(name -> organizationNames.put(id, name)));

        Map<Long, String> people = new HashMap<>();
        if (internal) {
            Set<Long> ids = new HashSet<>();
            changes.forEach(c -> {
                if (c.actorId() != null) {
                    ids.add(c.actorId());
                }
            });
            progress.forEach(p -> ids.add(p.authorId()));
            replies.forEach(r -> ids.add(r.authorId()));
            opinions.forEach(o -> ids.add(o.authorId()));
            extensions.forEach(e -> ids.add(e.requestedBy()));
            notes.forEach(n -> ids.add(n.authorId()));
            individual.forEach(r -> ids.add(r.accountId()));
            ids.forEach(id -> accounts.find(id).map(AccountView::realName).ifPresent(name -> people.put(id, name)));
        }

        String consultationTitle = recommendation.consultationId() == null ? null
                : consultations.find(recommendation.consultationId()).map(Consultation::title).orElse(null);
        String topicTitle = recommendation.topicId() == null ? null
                : topics.find(recommendation.topicId()).filter(t -> internal || t.isPublic()).map(TopicView::title).orElse(null);
        String regionName = regions.find(recommendation.regionCode()).map(Region::name).orElse(recommendation.regionCode());
        return new RecommendationDetails(view(recommendation), consultationTitle, topicTitle, regionName, organizationNames,
                changes, progress, opinions, replies, extensions, ratings.rounds(recommendation.id()), counts, individual,
                notes, people, can);
    }

    /** Reasons the public may read: the satisfaction result; a dispute's or closing note stays internal. */
    private static @Nullable String publicReason(StatusChange change) {
        return change.to() == RecommendationStatus.RATED || change.to() == RecommendationStatus.REHANDLING ? change.reason() : null;
    }

    /** The open-data record of a publicly visible recommendation. */
    public PublicRecommendation publicRecord(Recommendation recommendation) {
        RecommendationView view = view(recommendation);
        var replies = handling.replies(recommendation.id());
        var latest = replies.isEmpty() ? null : replies.getLast();
        String consultationTitle = recommendation.consultationId() == null ? null
                : consultations.find(recommendation.consultationId()).filter(Consultation::isPubliclyVisible)
                        .map(Consultation::title).orElse(null);
        String topicTitle = recommendation.topicId() == null ? null
                : topics.find(recommendation.topicId()).filter(TopicView::isPublic).map(TopicView::title).orElse(null);
        return new PublicRecommendation(view.id(), view.text(), view.status(), view.progress(), view.regionCode(),
                regions.find(view.regionCode()).map(Region::name).orElse(view.regionCode()),
                view.leadOrganizationId() == null ? null : organizationName(view.leadOrganizationId()),
                view.coOrganizationIds().stream().map(this::organizationName).toList(), view.transferredOn(), view.dueDate(),
                view.overdue(), view.rehandlingRounds(), latest == null ? null : latest.grade(),
                latest == null ? null : latest.text(), latest == null ? null : latest.at(), view.result(),
                consultationTitle == null ? null : view.consultationId(), consultationTitle,
                topicTitle == null ? null : view.topicId(), topicTitle, view.closedAt());
    }

    public String organizationName(long id) {
        return organizations.find(id).map(Organization::name).orElse("#" + id);
    }
}
