package org.gongshang.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What was done about an event, as a handler records it.
 *
 * @param doneAt when it was done; null means now
 */
public record NewResolution(String summary, String handledBy, @Nullable Instant doneAt) {

    public NewResolution {
        summary = summary == null ? "" : summary.strip();
        handledBy = handledBy == null ? "" : handledBy.strip();
    }
}
