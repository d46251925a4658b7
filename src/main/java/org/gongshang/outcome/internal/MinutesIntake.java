package org.gongshang.outcome.internal;

import java.time.Clock;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.MinutesFinalised;
import org.gongshang.outcome.RecommendationSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Final minutes become draft recommendations: one per adopted consensus item, waiting for a staff
 * leader's sign-off. A corrected version of the minutes (a higher version) carries the same items
 * and adds nothing twice; the attendees may rate the replies later.
 */
@Component
public class MinutesIntake {

    private final RecommendationStore store;
    private final RatingStore ratings;
    private final Transitions transitions;
    private final Consultations consultations;
    private final Clock clock;

    MinutesIntake(RecommendationStore store, RatingStore ratings, Transitions transitions, Consultations consultations,
            Clock clock) {
        this.store = store;
        this.ratings = ratings;
        this.transitions = transitions;
        this.consultations = consultations;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MinutesFinalised finalised) {
        take(finalised);
    }

    /** Makes the drafts; returns how many were new. Also used by the demo data. */
    public int take(MinutesFinalised finalised) {
        boolean isPublic = consultations.find(finalised.consultationId()).map(Consultation::openToPublic).orElse(false);
        Long topic = finalised.topicIds().isEmpty() ? null : finalised.topicIds().getFirst();
        int created = 0;
        for (MinutesFinalised.AgreedItem item : finalised.adoptedItems()) {
            var id = store.insert(new RecommendationStore.NewRow(item.text(), RecommendationSource.CONSULTATION,
                    finalised.consultationId(), item.consensusItemId(), topic, finalised.regionCode(), isPublic,
                    finalised.organiserAccountId(), Rows.now(clock)));
            if (id.isPresent()) {
                transitions.created(store.find(id.get()).orElseThrow(), null);
                ratings.addRaters(id.get(), finalised.attendeeAccountIds(), RatingStore.RaterReason.ATTENDEE);
                created++;
            }
        }
        return created;
    }
}
