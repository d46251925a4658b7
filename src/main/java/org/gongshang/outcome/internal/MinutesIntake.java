package org.gongshang.outcome.internal;

import java.time.Clock;
import java.util.List;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.MinutesFinalised;
import org.gongshang.outcome.RecommendationSource;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Final minutes become draft recommendations: one per adopted consensus item, waiting for a staff
 * leader's sign-off. A corrected version of the minutes (a higher version) carries the same items
 * and adds nothing twice, and neither does a staff member taking the items over by hand
 * ({@code Recommendations.fromConsultation}) after the event did. The attendees and the topics'
 * supporters may rate the replies later.
 */
@Component("outcomeMinutesIntake")
public class MinutesIntake {

    /** An adopted consensus item of the minutes. */
    public record Item(long consensusItemId, String text) {
    }

    private final RecommendationStore store;
    private final ConcernedPeople concerned;
    private final RatingStore ratings;
    private final Transitions transitions;
    private final Consultations consultations;
    private final Clock clock;

    MinutesIntake(RecommendationStore store, ConcernedPeople concerned, RatingStore ratings, Transitions transitions,
            Consultations consultations, Clock clock) {
        this.store = store;
        this.concerned = concerned;
        this.ratings = ratings;
        this.transitions = transitions;
        this.consultations = consultations;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MinutesFinalised finalised) {
        take(finalised.consultationId(), finalised.adoptedItems().stream()
                .map(item -> new Item(item.consensusItemId(), item.text())).toList(),
                finalised.attendeeAccountIds(), finalised.organiserAccountId());
    }

    /**
     * Makes the drafts of a concluded consultation's adopted items; returns the ids of the new ones.
     *
     * @param createdBy who finalised the minutes or took the items over; null for the demo data
     */
    public List<Long> take(long consultationId, List<Item> items, List<Long> attendeeAccountIds, @Nullable Long createdBy) {
        Consultation consultation = consultations.find(consultationId).orElseThrow();
        Long topic = consultation.topicIds().isEmpty() ? null : consultation.topicIds().getFirst();
        List<Long> created = new java.util.ArrayList<>();
        for (Item item : items) {
            var id = store.insert(new RecommendationStore.NewRow(item.text(), RecommendationSource.CONSULTATION,
                    consultationId, item.consensusItemId(), topic, consultation.regionCode(), consultation.openToPublic(),
                    createdBy, Rows.now(clock)));
            if (id.isPresent()) {
                var recommendation = store.find(id.get()).orElseThrow();
                transitions.created(recommendation, createdBy);
                ratings.addRaters(id.get(), attendeeAccountIds, RatingStore.RaterReason.ATTENDEE);
                concerned.enrolRaters(recommendation);
                created.add(id.get());
            }
        }
        return created;
    }
}
