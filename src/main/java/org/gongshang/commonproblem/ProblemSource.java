package org.gongshang.commonproblem;

import java.time.Instant;

/**
 * One text of a group, as staff see it: where it comes from and where to read it.
 *
 * @param kind its corpus, e.g. {@code topic}
 * @param path the source's page, e.g. {@code /topics/12}
 */
public record ProblemSource(String kind, long id, String title, String communityCode, String communityName,
        int supporters, Instant occurredAt, String path) {
}
