package org.gongshang.deliberation;

import org.jspecify.annotations.Nullable;

/** A moderator accepted or rejected a statement; its author (if an account) is told. */
public record StatementModerated(long deliberationId, long statementId, String text, StatementStatus status,
        @Nullable Long authorAccountId) {
}
