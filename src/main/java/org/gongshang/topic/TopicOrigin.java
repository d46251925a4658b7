package org.gongshang.topic;

import org.gongshang.shared.DomainException;

/**
 * Where a member's topic came from, told by the module that made it: e.g. "滨河社区委员之家 接待日
 * 2026-05-12", with the path of that record on the platform, which screeners follow back.
 *
 * @param link a path of this platform (starting with one slash), never another site
 */
public record TopicOrigin(String description, String link) {

    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_LINK = 300;

    public TopicOrigin {
        description = description.strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION || !link.startsWith("/") || link.startsWith("//")
                || link.length() > MAX_LINK) {
            throw new IllegalArgumentException("Not a topic origin: " + description + " " + link);
        }
    }
}
