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

    /** 张三丰 → 张**: enough for the member on duty to greet a visitor, not to identify them elsewhere. */
    static String maskName(String name) {
        String clean = cleanOrEmpty(name);
        if (clean.codePointCount(0, clean.length()) <= 1) {
            return clean;
        }
        int first = clean.offsetByCodePoints(0, 1);
        return clean.substring(0, first) + "*".repeat(clean.codePointCount(first, clean.length()));
    }
}
