package org.gongshang.similarity.internal;

import org.gongshang.similarity.TextAttributes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code similar_text} as every node reads it.
 *
 * @param vector the embedding, null while it waits or when another model made it
 * @param writtenBy the id of the transaction that wrote the row last
 */
public record StoredText(String corpus, long id, String title, String body, TextAttributes attributes, boolean removed,
        @Nullable Int8Vector vector, @Nullable String model, long writtenBy) {
}
