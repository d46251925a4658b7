package org.gongshang.topic;

import java.util.List;

import org.gongshang.moderation.KeywordMatcher;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.Preflags;
import org.gongshang.topic.internal.RuleStore;
import org.gongshang.topic.internal.TagStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins keep for topics: the tags offered, and the keyword rules that pre-flag decline reasons. */
@Service
public class TopicRules {

    static final int TAG_MAX = 20;
    static final int KEYWORD_MAX = 30;

    private final TagStore tags;
    private final RuleStore rules;
    private final Preflags preflags;
    private final ApplicationEventPublisher events;

    TopicRules(TagStore tags, RuleStore rules, Preflags preflags, ApplicationEventPublisher events) {
        this.tags = tags;
        this.rules = rules;
        this.preflags = preflags;
        this.events = events;
    }

    public List<TopicTag> tags() {
        return tags.all();
    }

    public List<TopicTag> activeTags() {
        return tags.all().stream().filter(TopicTag::active).toList();
    }

    @Transactional
    public TopicTag addTag(@Nullable String name, long actorId) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > TAG_MAX) {
            throw DomainException.invalidField("name", "topic.tag.invalid", TAG_MAX);
        }
        if (tags.findByName(value).isPresent()) {
            throw DomainException.conflict("topic.tag.exists", value);
        }
        long id = tags.insert(value);
        events.publishEvent(AuditRecord.of("topic.tag-added", actorId, "topic-tag", id).with("name", value));
        return new TopicTag(id, value, true);
    }

    /** Tags are retired, not deleted: old topics keep them. */
    @Transactional
    public void setTagActive(long id, boolean active, long actorId) {
        if (!tags.setActive(id, active)) {
            throw DomainException.notFound("topic.tag.unknown", id);
        }
        events.publishEvent(AuditRecord.of(active ? "topic.tag-restored" : "topic.tag-retired", actorId, "topic-tag", id));
    }

    public List<PreflagRule> preflagRules() {
        return rules.all();
    }

    @Transactional
    public PreflagRule addRule(@Nullable String keyword, @Nullable DeclineReason reason, long actorId) {
        String value = keyword == null ? "" : keyword.strip();
        if (value.isEmpty() || value.length() > KEYWORD_MAX) {
            throw DomainException.invalidField("keyword", "topic.rule.keyword", KEYWORD_MAX);
        }
        if (reason == null) {
            throw DomainException.invalidField("reason", "topic.screening.reason-required");
        }
        if (rules.exists(value, reason)) {
            throw DomainException.conflict("topic.rule.exists", value);
        }
        long id = rules.insert(value, reason);
        preflags.forget();
        events.publishEvent(AuditRecord.of("topic.preflag-rule-added", actorId, "preflag-rule", id)
                .with("keyword", value).with("reason", reason));
        return new PreflagRule(id, value, reason);
    }

    @Transactional
    public void removeRule(long id, long actorId) {
        PreflagRule rule = rules.find(id).orElseThrow(() -> DomainException.notFound("topic.rule.unknown", id));
        rules.delete(id);
        preflags.forget();
        events.publishEvent(AuditRecord.of("topic.preflag-rule-removed", actorId, "preflag-rule", id)
                .with("keyword", rule.keyword()).with("reason", rule.reason()));
    }

    /** Tries a text against the current rules: which keywords would flag which reasons. */
    public List<KeywordMatcher.Match<DeclineReason>> tryText(String text) {
        return Preflags.matcherOf(rules.all()).find(text);
    }
}
