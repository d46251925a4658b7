package org.gongshang.commonproblem;

import java.util.List;

/** A common problem was raised as one CPPCC topic; {@code sources} are the texts it links, as {@code kind:id}. */
public record ClusterEscalated(long clusterId, long topicId, String regionCode, long raisedBy, List<String> sources) {
}
