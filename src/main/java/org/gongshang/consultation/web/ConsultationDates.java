package org.gongshang.consultation.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Times on consultation pages, in China's time: {@code ${@consultationDates.minute(c.startsAt)}}. */
@Component("consultationDates")
class ConsultationDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Zones.platform());

    public String minute(@Nullable Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The value of a datetime-local input. */
    public String input(@Nullable Instant instant) {
        return instant == null ? "" : INPUT.format(instant);
    }
}
