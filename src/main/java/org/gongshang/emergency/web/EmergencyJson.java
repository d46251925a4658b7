package org.gongshang.emergency.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyListing;
import org.gongshang.emergency.Photo;
import org.gongshang.emergency.PublicEmergency;
import org.gongshang.emergency.Step;
import org.jspecify.annotations.Nullable;

/** An event as the API shows it to those who may see it; {@code steps} and {@code photos} only for one event. */
record EmergencyJson(long id, String title, @Nullable String description, String category, String severity, String status,
        String regionCode, String communityCode, String townshipCode, String districtCode, @Nullable String address,
        @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, Instant occurredAt, @Nullable Integer peopleAffected,
        Times times, String escalation, @Nullable String declineReason, @Nullable Long mergedInto,
        @Nullable Long consultationId, @Nullable Long deliberationId, @Nullable ResolutionJson resolution,
        @Nullable ReviewJson review, @Nullable Long topicId, @Nullable List<StepJson> steps, @Nullable List<PhotoJson> photos) {

    record Times(Instant reportedAt, @Nullable Instant confirmedAt, @Nullable Instant respondedAt,
            @Nullable Instant consultedAt, @Nullable Instant resolvedAt, @Nullable Instant reviewedAt) {
    }

    record ResolutionJson(String summary, String handledBy, Instant doneAt) {
    }

    record ReviewJson(String outcome, @Nullable String reason) {
    }

    record StepJson(String kind, Instant at, @Nullable String actor, @Nullable String detail, @Nullable Long reference) {

        static StepJson of(Step step) {
            return new StepJson(step.kind().name(), step.at(), step.actorName(), step.detail(), step.reference());
        }
    }

    record PhotoJson(long id, String stage, int width, int height, String url) {
    }

    static EmergencyJson of(Emergency e) {
        return of(e, null, null);
    }

    static EmergencyJson of(Emergency e, @Nullable List<Step> steps, @Nullable List<Photo> photos) {
        var t = e.times();
        var p = e.place();
        return new EmergencyJson(e.id(), e.title(), e.description(), e.category().name(), e.severity().name(), e.status().name(),
                p.regionCode(), p.communityCode(), p.townshipCode(), p.districtCode(), p.address(), p.latitude(), p.longitude(),
                e.occurredAt(), e.peopleAffected(),
                new Times(t.reportedAt(), t.confirmedAt(), t.respondedAt(), t.consultedAt(), t.resolvedAt(), t.reviewedAt()),
                e.escalation().name(), e.declineReason(), e.mergedInto(), e.consultationId(), e.deliberationId(),
                e.resolution() == null ? null
                        : new ResolutionJson(e.resolution().summary(), e.resolution().handledBy(), e.resolution().doneAt()),
                e.review() == null ? null : new ReviewJson(e.review().outcome().name(), e.review().reason()), e.topicId(),
                steps == null ? null : steps.stream().map(StepJson::of).toList(),
                photos == null ? null : photos.stream().map(photo -> new PhotoJson(photo.id(),
                        photo.ofResolution() ? "RESOLUTION" : "REPORT", photo.width(), photo.height(),
                        "/api/v1/emergencies/" + e.id() + "/photos/" + photo.id())).toList());
    }

    /** A listed event: no description. */
    record ListingJson(long id, String title, String category, String severity, String status, String regionCode,
            Instant occurredAt, Instant reportedAt, @Nullable Instant respondedAt, @Nullable Instant consultedAt,
            @Nullable Instant resolvedAt, String escalation) {

        static ListingJson of(EmergencyListing e) {
            return new ListingJson(e.id(), e.title(), e.category().name(), e.severity().name(), e.status().name(),
                    e.regionCode(), e.occurredAt(), e.reportedAt(), e.respondedAt(), e.consultedAt(), e.resolvedAt(),
                    e.escalation().name());
        }
    }

    /** A resolved event for the public: no description, no names. */
    record PublicJson(long id, String title, String category, String severity, String communityCode, Instant occurredAt,
            Instant resolvedAt, String whatWasDone, String handledBy) {

        static PublicJson of(PublicEmergency e) {
            return new PublicJson(e.id(), e.title(), e.category().name(), e.severity().name(), e.communityCode(),
                    e.occurredAt(), e.resolvedAt(), e.resolutionSummary(), e.handledBy());
        }
    }
}
