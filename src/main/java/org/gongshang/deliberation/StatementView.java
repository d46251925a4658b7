package org.gongshang.deliberation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A statement (观点).
 *
 * @param held kept back by the sensitive-word check until a moderator accepts it
 * @param externalId the Pol.is comment id of an imported statement
 */
public record StatementView(long id, long deliberationId, String text, StatementStatus status, boolean held, boolean seed,
        @Nullable Long authorAccountId, @Nullable Long externalId, Instant createdAt) {
}
