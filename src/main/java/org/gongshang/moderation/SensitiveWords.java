package org.gongshang.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.gongshang.moderation.internal.WordStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.cluster.ClusterSignals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin-managed sensitive-word list. Texts that contain a listed word (outside a whitelisted
 * phrase) are kept off public pages until a moderator releases them; the author is told.
 */
@Service
public class SensitiveWords {

    static final int MAX_WORD = 30;
    /** Read again after this, should a signal of a change have been missed. */
    private static final Duration REFRESH = Duration.ofMinutes(1);
    /** Every node (this one too) reads the list again when a change has committed. */
    static final String CHANGED = "moderation.words";

    private final WordStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterSignals signals;
    private volatile @Nullable Loaded loaded;

    private record Loaded(KeywordMatcher<Boolean> matcher, Instant at) {
    }

    SensitiveWords(WordStore store, ApplicationEventPublisher events, Clock clock, ClusterSignals signals) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.signals = signals;
        signals.subscribe(CHANGED, signal -> loaded = null);
    }

    /** Checks one or more texts (e.g. a title and a description) together. */
    public SensitiveCheck check(@Nullable String... texts) {
        String all = Arrays.stream(texts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return new SensitiveCheck(matcher().find(all).stream().map(KeywordMatcher.Match::keyword).toList());
    }

    public List<ListedWord> list(WordKind kind) {
        return store.list(kind);
    }

    @Transactional
    public ListedWord add(String word, WordKind kind, long actorId) {
        String value = word.strip();
        if (value.isEmpty() || value.length() > MAX_WORD) {
            throw DomainException.invalidField("word", "moderation.word.invalid", MAX_WORD);
        }
        if (store.exists(value, kind)) {
            throw DomainException.conflict("moderation.word.exists", value);
        }
        ListedWord added = store.insert(value, kind, actorId);
        events.publishEvent(AuditRecord.of("moderation.word-added", actorId, "sensitive-word", added.id())
                .with("word", value).with("kind", kind));
        loaded = null;
        signals.send(CHANGED, kind.name());
        return added;
    }

    @Transactional
    public void remove(long id, long actorId) {
        ListedWord word = store.find(id).orElseThrow(() -> DomainException.notFound("moderation.word.unknown", id));
        store.delete(id);
        events.publishEvent(AuditRecord.of("moderation.word-removed", actorId, "sensitive-word", id)
                .with("word", word.word()).with("kind", word.kind()));
        loaded = null;
        signals.send(CHANGED, word.kind().name());
    }

    private KeywordMatcher<Boolean> matcher() {
        Loaded current = loaded;
        if (current == null || current.at().plus(REFRESH).isBefore(clock.instant())) {
            Map<String, Boolean> sensitive = new LinkedHashMap<>();
            store.list(WordKind.SENSITIVE).forEach(word -> sensitive.put(word.word(), Boolean.TRUE));
            List<String> whitelist = store.list(WordKind.WHITELISTED).stream().map(ListedWord::word).toList();
            current = new Loaded(KeywordMatcher.of(sensitive, whitelist), clock.instant());
            loaded = current;
        }
        return current.matcher();
    }
}
