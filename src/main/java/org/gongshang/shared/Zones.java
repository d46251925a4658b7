package org.gongshang.shared;

import java.time.ZoneId;

/** Time zones the platform counts days in. */
public final class Zones {

    /** Days (code limits, deadlines, calendars) are days in China, wherever the server runs. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
