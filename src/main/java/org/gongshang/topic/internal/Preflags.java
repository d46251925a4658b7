package org.gongshang.topic.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.moderation.KeywordMatcher;
import org.gongshang.shared.cluster.ClusterSignals;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.PreflagRule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Pre-flags for screening: the admin's keyword rules run over a topic's text with the moderation
 * module's Aho–Corasick matcher. They only suggest; a person decides.
 */
@Component
public class Preflags {

    /** Read again after this, should a signal of a change have been missed. */
    private static final Duration REFRESH = Duration.ofMinutes(1);
    /** Every node (this one too) reads the rules again when a change has committed. */
    static final String CHANGED = "topic.preflag-rules";

    private final RuleStore rules;
    private final Clock clock;
    private final ClusterSignals signals;
    private volatile @Nullable Loaded loaded;

    private record Loaded(KeywordMatcher<DeclineReason> matcher, Instant at) {
    }

    Preflags(RuleStore rules, Clock clock, ClusterSignals signals) {
        this.rules = rules;
        this.clock = clock;
        this.signals = signals;
        signals.subscribe(CHANGED, signal -> loaded = null);
    }

    /** The keywords found, each with the reason it suggests, in order of appearance. */
    public List<KeywordMatcher.Match<DeclineReason>> find(String title, String description) {
        return matcher().find(title + "\n" + description);
    }

    /** The reasons suggested, each once. */
    public List<DeclineReason> reasons(String title, String description) {
        return find(title, description).stream().map(KeywordMatcher.Match::tag).distinct().toList();
    }

    /** The rules changed (in the caller's transaction): every node reads them again. */
    public void forget() {
        loaded = null;
        signals.send(CHANGED, "rules");
    }

    /** A matcher for a given set of rules, e.g. to test rules before saving them. */
    public static KeywordMatcher<DeclineReason> matcherOf(List<PreflagRule> rules) {
        Map<String, DeclineReason> keywords = new LinkedHashMap<>();
        rules.forEach(rule -> keywords.putIfAbsent(rule.keyword(), rule.reason()));
        return KeywordMatcher.of(keywords, List.of());
    }

    private KeywordMatcher<DeclineReason> matcher() {
        Loaded current = loaded;
        if (current == null || current.at().plus(REFRESH).isBefore(clock.instant())) {
            current = new Loaded(matcherOf(rules.all()), clock.instant());
            loaded = current;
        }
        return current.matcher();
    }
}
