package org.gongshang.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds keywords in Chinese text with one Aho–Corasick pass, ignoring those that occur only inside a
 * whitelisted phrase. Text is compared after NFKC (full-width letters and digits become ASCII),
 * lower case, and without spaces and punctuation, so that "游 行" or "游。行" still match 游行.
 *
 * @param <T> what each keyword stands for, e.g. a decline reason
 */
public final class KeywordMatcher<T> {

    /** One keyword found, with what it stands for. */
    public record Match<T>(String keyword, T tag) {
    }

    private sealed interface Entry<T> permits Keyword, Allowed {
    }

    private record Keyword<T>(T tag) implements Entry<T> {
    }

    private record Allowed<T>() implements Entry<T> {
    }

    private final PayloadTrie<Entry<T>> trie;
    private final boolean empty;

    private KeywordMatcher(Map<String, T> keywords, Collection<String> whitelist) {
        var builder = PayloadTrie.<Entry<T>>builder();
        keywords.forEach((keyword, tag) -> {
            String key = normalise(keyword);
            if (!key.isEmpty()) {
                builder.addKeyword(key, new Keyword<>(tag));
            }
        });
        for (String phrase : whitelist) {
            String key = normalise(phrase);
            if (!key.isEmpty() && !keywords.containsKey(phrase)) {
                builder.addKeyword(key, new Allowed<>());
            }
        }
        this.trie = builder.build();
        this.empty = keywords.isEmpty();
    }

    public static <T> KeywordMatcher<T> of(Map<String, T> keywords, Collection<String> whitelist) {
        return new KeywordMatcher<>(keywords, whitelist);
    }

    /** The keywords found, each once, in order of first appearance. */
    public List<Match<T>> find(String text) {
        if (empty || text.isBlank()) {
            return List.of();
        }
        List<PayloadEmit<Entry<T>>> emits = new ArrayList<>(trie.parseText(normalise(text)));
        List<PayloadEmit<Entry<T>>> allowed = emits.stream().filter(e -> e.getPayload() instanceof Allowed).toList();
        List<Match<T>> matches = new ArrayList<>();
        emits.stream()
                .filter(e -> e.getPayload() instanceof Keyword)
                .filter(e -> allowed.stream().noneMatch(a -> a.getStart() <= e.getStart() && e.getEnd() <= a.getEnd()))
                .sorted(Comparator.comparingInt(PayloadEmit::getStart))
                .forEach(e -> {
                    @SuppressWarnings("unchecked")
                    T tag = ((Keyword<T>) e.getPayload()).tag();
                    if (matches.stream().noneMatch(m -> m.keyword().equals(e.getKeyword()))) {
                        matches.add(new Match<>(e.getKeyword(), tag));
                    }
                });
        return matches;
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !isPunctuation(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL;
    }
}
