package org.gongshang.emergency.internal;

import org.gongshang.similarity.Corpus;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.similarity.TextAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands events to the shared similar-text index (corpus {@code emergency}): scoped by the place's
 * region code, so that a prefix selects a community or a township; with the status, so that
 * merged and declined ones are left out; dated when they happened, for "the last twelve months".
 * Written in the act's transaction, and once at start-up for events the index does not hold as they are.
 */
@Component
public class EmergencyTexts {

    public static final Corpus CORPUS = new Corpus("emergency");
    private static final Logger log = LoggerFactory.getLogger(EmergencyTexts.class);

    private final SimilarTexts similarTexts;
    private final EmergencyRepository repository;

    EmergencyTexts(SimilarTexts similarTexts, EmergencyRepository repository) {
        this.similarTexts = similarTexts;
        this.repository = repository;
    }

    public void index(EmergencyAggregate emergency) {
        similarTexts.index(CORPUS, emergency.requiredId(), emergency.title(), emergency.description(), attributes(emergency));
    }

    @EventListener(ApplicationReadyEvent.class)
    void reconcile() {
        int indexed = 0;
        for (EmergencyAggregate emergency : repository.findAll()) {
            if (!similarTexts.holds(CORPUS, emergency.requiredId(), emergency.title(), emergency.description(),
                    attributes(emergency))) {
                index(emergency);
                indexed++;
            }
        }
        if (indexed > 0) {
            log.info("{} emergencies handed to the similar-text index", indexed);
        }
    }

    static TextAttributes attributes(EmergencyAggregate emergency) {
        return new TextAttributes(emergency.place().regionCode(), emergency.status().name(), false, null,
                emergency.occurredAt());
    }
}
