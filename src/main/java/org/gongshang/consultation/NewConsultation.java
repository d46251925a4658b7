package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the organiser fills in to create a consultation; checked by {@link Consultations#create}. */
public record NewConsultation(@Nullable String title, @Nullable List<Long> topicIds, @Nullable Long organizationId,
        @Nullable List<Long> partnerOrganizationIds, @Nullable ConsultationKind kind, @Nullable ConsultationForm form,
        @Nullable VenueType venueType, @Nullable String address, @Nullable Instant startsAt,
        @Nullable Long facilitatorAccountId, @Nullable Boolean openToPublic, @Nullable Long deliberationId) {
}
