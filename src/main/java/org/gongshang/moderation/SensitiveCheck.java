package org.gongshang.moderation;

import java.util.List;

/** The sensitive words found in a text; none means it may be shown publicly. */
public record SensitiveCheck(List<String> hits) {

    public boolean flagged() {
        return !hits.isEmpty();
    }
}
