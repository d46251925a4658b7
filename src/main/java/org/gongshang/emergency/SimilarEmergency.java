package org.gongshang.emergency;

import java.time.Instant;

/**
 * An event like another one, nearby and recent, as the event page and the API show it.
 *
 * @param score the similar-text index's score (meaning and words)
 */
public record SimilarEmergency(long id, String title, EmergencyStatus status, Severity severity, String regionCode,
        Instant occurredAt, double score) {
}
