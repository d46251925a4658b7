package org.gongshang.consultation;

import org.jspecify.annotations.Nullable;

/**
 * Someone another module suggests for a consultation's roster (衔接), e.g. a member reporting to
 * the community, with the reason shown to the organiser.
 *
 * @param accountId null for someone without an account (an expert known by name only)
 * @param reasonKey a message key, e.g. {@code member.suggestion.RESIDENT}
 * @param reasonArgument what the reason names, e.g. the community
 */
public record SuggestedParticipant(@Nullable Long accountId, String name, ParticipantCategory category, String reasonKey,
        String reasonArgument) {
}
