package org.gongshang.emergency;

import java.time.Instant;

/**
 * An event was confirmed (at once, or by a cadre) and those responsible were told: for modules that
 * count who acted on emergencies.
 */
public record EmergencyConfirmed(long emergencyId, String title, Severity severity, String communityCode,
        Instant confirmedAt) {
}
