package org.gongshang.similarity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which texts a lookup may return; null means "any". E.g. similar events in the same township in the
 * last twelve months: {@code TextFilter.any().withinScope("511702001").since(yearAgo)}.
 *
 * @param excludeId a text not to return (the one looked up), or -1
 */
public record TextFilter(@Nullable String scopePrefix, @Nullable Set<String> statuses, boolean includeHeld,
        @Nullable Long groupId, @Nullable Instant since, long excludeId) {

    public static TextFilter any() {
        return new TextFilter(null, null, false, null, null, -1);
    }

    public TextFilter withinScope(String prefix) {
        return new TextFilter(prefix, statuses, includeHeld, groupId, since, excludeId);
    }

    public TextFilter withStatuses(Set<String> allowed) {
        return new TextFilter(scopePrefix, Set.copyOf(allowed), includeHeld, groupId, since, excludeId);
    }

    public TextFilter includingHeld(boolean held) {
        return new TextFilter(scopePrefix, statuses, held, groupId, since, excludeId);
    }

    public TextFilter inGroup(long group) {
        return new TextFilter(scopePrefix, statuses, includeHeld, group, since, excludeId);
    }

    public TextFilter since(Instant from) {
        return new TextFilter(scopePrefix, statuses, includeHeld, groupId, from, excludeId);
    }

    public TextFilter excluding(long id) {
        return new TextFilter(scopePrefix, statuses, includeHeld, groupId, since, id);
    }

    public boolean accepts(long id, TextAttributes attributes) {
        return id != excludeId
                && (includeHeld || !attributes.held())
                && (scopePrefix == null || attributes.scope().startsWith(scopePrefix))
                && (statuses == null || statuses.contains(attributes.status()))
                && (groupId == null || groupId.equals(attributes.groupId()))
                && (since == null || !attributes.occurredAt().isBefore(since));
    }
}
