package org.gongshang.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as staff write it.
 *
 * @param choices the options of a choice question, in order (blank ones are dropped)
 */
public record QuestionDraft(@Nullable QuestionKind kind, @Nullable String text, boolean required,
        @Nullable List<String> choices) {
}
