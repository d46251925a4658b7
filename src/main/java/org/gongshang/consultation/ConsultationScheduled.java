package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A consultation was scheduled: its date is fixed. Modules that know who should hear of it (the
 * members present in its communities) listen for it.
 *
 * @param regionCodes the organising organisation's region and those of its partners (a joint consultation)
 */
public record ConsultationScheduled(long consultationId, String title, ConsultationKind kind, List<String> regionCodes,
        Instant startsAt, @Nullable String address) {

    public ConsultationScheduled {
        regionCodes = List.copyOf(regionCodes);
    }
}
