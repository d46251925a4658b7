package org.gongshang.deliberation.internal;

import java.time.Instant;

import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.StatementStatus;
import org.gongshang.deliberation.StatementView;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A statement and its moderation: moves between statuses only as {@link StatementStatus} allows. */
public record Statement(long id, long deliberationId, String text, @Nullable Long authorId, @Nullable Long authorAccount,
        boolean seed, StatementStatus status, boolean held, @Nullable Long externalId, Instant createdAt) {

    public boolean isShown(ModerationMode mode) {
        return status.isShown(mode, held);
    }

    /** Accepting also releases a statement held by the sensitive-word check: a person looked at it. */
    public Statement moderated(StatementStatus next) {
        if (!status.canBecome(next)) {
            throw DomainException.conflict("deliberation.statement.move-refused", status, next);
        }
        return new Statement(id, deliberationId, text, authorId, authorAccount, seed, next,
                next == StatementStatus.ACCEPTED ? false : held, externalId, createdAt);
    }

    public StatementView view() {
        return new StatementView(id, deliberationId, text, status, held, seed, authorAccount, externalId, createdAt);
    }
}
