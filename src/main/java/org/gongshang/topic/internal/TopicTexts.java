package org.gongshang.topic.internal;

import org.gongshang.similarity.Corpus;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.similarity.TextAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands topics to the similar-text index: in the transaction that changes a topic (so the two commit
 * together), and once at start-up for topics the index does not know as they are (topics written
 * before the index existed, or while it was being changed).
 */
@Component
public class TopicTexts {

    public static final Corpus CORPUS = new Corpus("topic");
    private static final Logger log = LoggerFactory.getLogger(TopicTexts.class);

    private final TopicStore topics;
    private final SimilarTexts similarTexts;

    TopicTexts(TopicStore topics, SimilarTexts similarTexts) {
        this.topics = topics;
        this.similarTexts = similarTexts;
    }

    @EventListener
    void on(TopicChanged changed) {
        topics.findText(changed.topicId()).ifPresent(this::index);
    }

    @EventListener(ApplicationReadyEvent.class)
    void reconcile() {
        int[] indexed = new int[1];
        topics.forEachText(topic -> {
            if (!similarTexts.holds(CORPUS, topic.id(), topic.title(), topic.description(), attributes(topic))) {
                index(topic);
                indexed[0]++;
            }
        });
        if (indexed[0] > 0) {
            log.info("{} topics handed to the similar-text index", indexed[0]);
        }
    }

    private void index(TopicText topic) {
        similarTexts.index(CORPUS, topic.id(), topic.title(), topic.description(), attributes(topic));
    }

    private static TextAttributes attributes(TopicText topic) {
        return new TextAttributes(topic.regionCode(), topic.status().name(), topic.held(), null, topic.submittedAt());
    }
}
