package org.gongshang.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A participant was given the floor (发言). {@code accountId} is null for a walk-in without an account. */
public record TurnStarted(long consultationId, String title, long turnId, @Nullable Long accountId,
        ParticipantCategory category, Instant at) {
}
