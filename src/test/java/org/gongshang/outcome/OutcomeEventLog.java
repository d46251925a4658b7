package org.gongshang.outcome;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The outcome module's public events as they were published, whichever thread published them.
 * Picked up by the application's component scan in tests only.
 */
@Component
public class OutcomeEventLog {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener({RecommendationTransferred.class, RecommendationDisputed.class, ExtensionRequested.class,
            ExtensionDecided.class, RecommendationReplied.class, RehandlingStarted.class, HandlingReminderDue.class,
            SupervisionEscalated.class})
    void on(Object event) {
        events.add(event);
    }

    public <T> Stream<T> stream(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    public List<HandlingReminderDue> reminders(long recommendationId) {
        return stream(HandlingReminderDue.class).filter(r -> r.recommendationId() == recommendationId).toList();
    }
}
