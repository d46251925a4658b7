package org.gongshang.emergency;

import java.util.Optional;

/**
 * Who is in charge of an event: its community first; each missed target raises it one level
 * (街道/乡镇 → 区县政协 → 市政协), never down, and the people of the new level are told.
 */
public enum EscalationLevel {
    COMMUNITY, TOWNSHIP, DISTRICT, CITY;

    public Optional<EscalationLevel> above() {
        return this == CITY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
