package org.gongshang.similarity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a lookup may filter a text by.
 *
 * @param scope where the text belongs, a region code (行政区划代码), so that a prefix selects a township or a county
 * @param status the owning module's status name (e.g. a topic's {@code SUBMITTED})
 * @param held kept off public pages (sensitive words): only staff see it suggested
 * @param groupId the whole it belongs to, e.g. a statement's deliberation
 * @param occurredAt when it was written or happened, for "the last twelve months"
 */
public record TextAttributes(String scope, String status, boolean held, @Nullable Long groupId, Instant occurredAt) {
}
