package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A consultation (协商活动) on one or more topics, organised by an organisation in its region.
 *
 * @param partnerOrganizationIds the other organisers of a JOINT consultation
 * @param regionCode the organising organisation's region: who may organise and who sees it
 * @param openToPublic residents may apply to join (报名), and the public sees it once scheduled
 * @param deliberationId an online deliberation (statement voting) linked to it, if any
 */
public record Consultation(long id, String title, ConsultationKind kind, ConsultationForm form,
        @Nullable VenueType venueType, @Nullable String address, Instant startsAt, long organizationId,
        List<Long> partnerOrganizationIds, String regionCode, @Nullable Long facilitatorAccountId, boolean openToPublic,
        ConsultationStatus status, @Nullable String statusReason, List<Long> topicIds, @Nullable Long deliberationId,
        @Nullable Instant scheduledAt, @Nullable Instant startedAt, @Nullable Instant concludedAt, long createdBy,
        Instant createdAt) {

    public Consultation {
        partnerOrganizationIds = List.copyOf(partnerOrganizationIds);
        topicIds = List.copyOf(topicIds);
    }

    /**
     * The consultation in its new status.
     *
     * @throws DomainException CONFLICT for a transition the status does not allow, INVALID for a missing reason
     */
    public Consultation moveTo(ConsultationStatus target, @Nullable String reason, Instant at) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("consultation.status.not-allowed", status, target);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target.needsReason() && why == null) {
            throw DomainException.invalidField("reason", "consultation.status.reason-required");
        }
        return new Consultation(id, title, kind, form, venueType, address, startsAt, organizationId, partnerOrganizationIds,
                regionCode, facilitatorAccountId, openToPublic, target, target.needsReason() ? why : null, topicIds,
                deliberationId, target == ConsultationStatus.SCHEDULED ? at : scheduledAt,
                target == ConsultationStatus.IN_SESSION ? at : startedAt,
                target == ConsultationStatus.CONCLUDED ? at : concludedAt, createdBy, createdAt);
    }

    /** A postponed consultation gets its new date when it is scheduled again. */
    public Consultation rescheduledTo(Instant newStart) {
        return new Consultation(id, title, kind, form, venueType, address, newStart, organizationId, partnerOrganizationIds,
                regionCode, facilitatorAccountId, openToPublic, status, statusReason, topicIds, deliberationId, scheduledAt,
                startedAt, concludedAt, createdBy, createdAt);
    }

    /** Whether the public may see it: open consultations once scheduled. */
    public boolean isPubliclyVisible() {
        return openToPublic && status != ConsultationStatus.PREPARING;
    }
}
