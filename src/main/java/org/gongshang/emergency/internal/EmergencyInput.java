package org.gongshang.emergency.internal;

import java.math.BigDecimal;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Checks of free text and map points that every act on an event shares. */
public final class EmergencyInput {

    private EmergencyInput() {
    }

    /**
     * Whether a text may be kept: no control characters but line breaks and tabs (a NUL byte cannot
     * even be stored, and the others only serve to garble what others read).
     */
    public static boolean writable(@Nullable String text) {
        return text == null || text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F);
    }

    /** @throws DomainException INVALID at the field for a text with control characters */
    public static void requireWritable(@Nullable String text, String field) {
        if (!writable(text)) {
            throw DomainException.invalidField(field, "emergency.text.control-characters");
        }
    }

    /**
     * A short free text that must be there: stripped, at most {@code max} characters.
     *
     * @throws DomainException INVALID at the field with {@code messageKey} (argument: the maximum)
     */
    public static String requiredText(@Nullable String text, int max, String field, String messageKey) {
        requireWritable(text, field);
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.invalidField(field, messageKey, max);
        }
        return stripped;
    }

    /** Both coordinates or neither, on the globe, to a metre or so. */
    static void pointProblem(@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, List<FieldProblem> problems) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0 || latitude.scale() > 6 || longitude.scale() > 6) {
            problems.add(new FieldProblem("latitude", "emergency.point.invalid"));
        }
    }
}
