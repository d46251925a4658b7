package org.gongshang.consultation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The consultation module's public events as they were published, whichever thread published them
 * (the test server's request threads too, which {@code @RecordApplicationEvents} does not see).
 * Picked up by the application's component scan in tests only.
 */
@Component
class ConsultationEventLog {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener({ParticipantsInvited.class, ConsultationPostponed.class, ConsultationCancelled.class,
            ConsultationRescheduled.class, ConsultationConcluded.class, MinutesFinalised.class, ResearchTaskOverdue.class,
            CommonProblemRaised.class})
    void on(Object event) {
        events.add(event);
    }

    <T> Stream<T> stream(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }
}
