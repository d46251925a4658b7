package org.gongshang.shared;

import org.jspecify.annotations.Nullable;

/** Small helpers for text that comes from forms and JSON. */
public final class Text {

    private Text() {
    }

    /** Null for null, empty or blank; otherwise the value without surrounding spaces. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
