package org.gongshang.shared.web;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The search text of a list as people type it: blank is no search, too long is refused (400). */
@Component
public class SearchText {

    private final int maxLength;

    SearchText(RequestLimitProperties properties) {
        this.maxLength = properties.maxSearchLength();
    }

    /** @throws DomainException INVALID at {@code field} when longer than {@code gongshang.web.max-search-length} */
    public @Nullable String of(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw DomainException.invalidField(field, "error.search-too-long", maxLength);
        }
        return stripped;
    }

    /** The text as a {@code like} pattern that matches it anywhere, its wildcards taken literally ({@code escape '\'}). */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
