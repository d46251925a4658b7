package org.gongshang.emergency;

import java.math.BigDecimal;
import java.time.Instant;

import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A report as the reporter fills it in; {@link EmergencyReporting#report} checks it.
 *
 * @param regionCode a community or grid; for a resident, their own community when left out
 * @param occurredAt when it happened; now when left out
 */
public record NewEmergency(@Nullable String title, @Nullable String description, @Nullable EmergencyCategory category,
        @Nullable Severity severity, @Nullable String regionCode, @Nullable String address, @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude, @Nullable Instant occurredAt, @Nullable Integer peopleAffected) {

    public NewEmergency {
        title = Text.blankToNull(title);
        description = Text.blankToNull(description);
        regionCode = Text.blankToNull(regionCode);
        address = Text.blankToNull(address);
    }
}
