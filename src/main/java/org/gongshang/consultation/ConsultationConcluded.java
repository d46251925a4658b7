package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

/** The session ended; the topics were consulted on and the minutes are due by {@code minutesDueOn}. */
public record ConsultationConcluded(long consultationId, List<Long> topicIds, String regionCode, Instant concludedAt,
        java.time.LocalDate minutesDueOn) {

    public ConsultationConcluded {
        topicIds = List.copyOf(topicIds);
    }
}
