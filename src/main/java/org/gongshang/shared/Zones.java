package org.gongshang.shared;

import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The one time zone of the platform: days (code limits, deadlines, calendars) are counted in it and
 * times are shown in it, wherever the server runs. China's unless {@code gongshang.time-zone} says
 * otherwise; {@link PlatformTimeZone} sets it before any bean is made.
 */
public final class Zones {

    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private static volatile ZoneId platform = DEFAULT;

    private Zones() {
    }

    public static ZoneId platform() {
        return platform;
    }

    /**
     * Also the JVM's default zone, so that nothing shows another: Thymeleaf's {@code #temporals}
     * formats instants in it, as does anything else that does not name a zone.
     */
    static void use(ZoneId zone) {
        platform = zone;
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
    }
}
