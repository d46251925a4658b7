package org.gongshang.member;

import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/** Text from forms, JSON and CSV, made fit to store: PostgreSQL refuses NUL characters in text. */
final class Texts {

    private Texts() {
    }

    /** Null for null or blank; otherwise stripped, without NUL characters. */
    static @Nullable String clean(@Nullable String value) {
        return value == null ? null : Text.blankToNull(value.replace("\u0000", ""));
    }

    /** Stripped, without NUL characters; empty for null. */
    static String cleanOrEmpty(@Nullable String value) {
        String clean = clean(value);
        return clean == null ? "" : clean;
    }
}
