package org.gongshang.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An opinion or suggestion (意见建议) recorded under an agenda item, by speaker or only by category.
 *
 * @param online submitted by a remote participant rather than recorded from the floor
 */
public record Opinion(long id, long consultationId, @Nullable Long agendaItemId, @Nullable Long participantId,
        @Nullable String speakerName, ParticipantCategory category, String content, boolean online, Instant createdAt) {
}
