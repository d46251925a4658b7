package org.gongshang.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One target of an event as its page shows it.
 *
 * @param warnAt from when those in charge are warned that it is running out
 * @param metAt when it was met; null while it runs or once it is missed
 */
public record Timer(Target target, Instant start, Instant due, Instant warnAt, @Nullable Instant metAt, State state) {

    public enum State {
        RUNNING, WARNING, MISSED, MET, MET_LATE
    }

    public boolean isOpen() {
        return metAt == null;
    }
}
