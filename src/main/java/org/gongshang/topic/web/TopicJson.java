package org.gongshang.topic.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.HistoryEntry;
import org.gongshang.topic.SimilarTopic;
import org.gongshang.topic.TopicImage;
import org.gongshang.topic.TopicView;
import org.jspecify.annotations.Nullable;

/**
 * A topic in the JSON API. {@code preflags} and {@code representative} only for its screeners;
 * {@code similar} best first; {@code mergedInto} points a merged topic at its survivor.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TopicJson(long id, String title, String description, String category, List<String> tags, String regionCode,
        String source, String channel, String status, @Nullable Long campaignId, boolean held,
        @Nullable String declineReason, @Nullable String decisionNote, @Nullable Long mergedInto,
        @Nullable String routedLevel, @Nullable Long routedOrganizationId, @Nullable Long planId,
        @Nullable Long consultationId, Instant submittedAt, int supporters, int communities,
        @Nullable Boolean representative, @Nullable List<String> preflags, @Nullable Boolean supportedByMe,
        @Nullable List<Similar> similar, @Nullable List<Image> images, @Nullable List<Step> history) {

    record Similar(long id, String title, String status, double score) {
        static Similar of(SimilarTopic topic) {
            return new Similar(topic.id(), topic.title(), topic.status().name(), topic.score());
        }
    }

    record Image(long id, String contentType, int width, int height, String url) {
        static Image of(TopicImage image) {
            return new Image(image.id(), image.contentType(), image.width(), image.height(),
                    "/api/v1/topics/" + image.topicId() + "/images/" + image.id());
        }
    }

    record Step(String kind, @Nullable String detail, @Nullable Long reference, Instant at) {
        static Step of(HistoryEntry entry) {
            return new Step(entry.kind().name(), entry.detail(), entry.reference(), entry.at());
        }
    }

    /** The facts everyone may see, without the lists. */
    static TopicJson brief(TopicView t) {
        return of(t, false, null, null, null, null, null);
    }

    static TopicJson of(TopicView t, boolean screener, @Nullable List<DeclineReason> preflags, @Nullable Boolean supportedByMe,
            @Nullable List<SimilarTopic> similar, @Nullable List<TopicImage> images, @Nullable List<HistoryEntry> history) {
        return new TopicJson(t.id(), t.title(), t.description(), t.category().name(), t.tags(), t.regionCode(),
                t.source().name(), t.channel().name(), t.status().name(), t.campaignId(), t.held(),
                t.declineReason() == null ? null : t.declineReason().name(), t.decisionNote(), t.mergedInto(),
                t.routedLevel() == null ? null : t.routedLevel().name(), t.routedOrganizationId(), t.planId(),
                t.consultationId(), t.submittedAt(), t.support().supporters(), t.support().communities(),
                screener ? t.support().representative() : null,
                screener && preflags != null ? preflags.stream().map(Enum::name).toList() : null, supportedByMe,
                similar == null ? null : similar.stream().map(Similar::of).toList(),
                images == null ? null : images.stream().map(Image::of).toList(),
                history == null ? null : history.stream().map(Step::of).toList());
    }
}
