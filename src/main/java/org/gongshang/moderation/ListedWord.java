package org.gongshang.moderation;

import java.time.Instant;

/** One entry of the admin-managed word list. */
public record ListedWord(long id, String word, WordKind kind, Instant addedAt) {
}
