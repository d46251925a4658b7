package org.gongshang.topic.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the topic roll-up from the topics when it is empty at start-up: the first start of the
 * version that added it, or after an operator truncated it to have it counted again.
 */
@Component
class TopicRollupProvision {

    private static final Logger log = LoggerFactory.getLogger(TopicRollupProvision.class);

    private final TopicRollup rollup;

    TopicRollupProvision(TopicRollup rollup) {
        this.rollup = rollup;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillWhenEmpty() {
        long started = System.nanoTime();
        if (rollup.rebuildIfEmpty()) {
            log.info("topic roll-up counted from the topics in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
