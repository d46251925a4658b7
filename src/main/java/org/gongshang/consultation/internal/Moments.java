package org.gongshang.consultation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, in the precision PostgreSQL keeps (microseconds), so that what is returned equals what is read back. */
public final class Moments {

    private Moments() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
