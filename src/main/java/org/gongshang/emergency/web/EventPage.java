package org.gongshang.emergency.web;

import java.time.Clock;
import java.util.List;

import org.gongshang.emergency.Emergencies;
import org.gongshang.emergency.EmergencyRating;
import org.gongshang.emergency.EmergencyReview;
import org.gongshang.emergency.ReviewOutcome;
import org.gongshang.emergency.EmergencySimilarity;
import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyStatus;
import org.gongshang.emergency.Severity;
import org.gongshang.emergency.Timers;
import org.gongshang.identity.Actor;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.topic.NewTopic;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The event page (事件页) that every act on an event returns to: facts, photos, the timeline and the
 * forms of the acts the viewer may take now. A form that failed keeps its input and problems; the
 * others start afresh.
 */
@Component
class EventPage {

    static final String VIEW = "emergency/event";

    private final Emergencies emergencies;
    private final EmergencySimilarity similarity;
    private final EmergencyRating rating;
    private final Timers timers;
    private final Clock clock;

    EventPage(Emergencies emergencies, EmergencySimilarity similarity, EmergencyRating rating, Timers timers, Clock clock) {
        this.timers = timers;
        this.emergencies = emergencies;
        this.similarity = similarity;
        this.rating = rating;
        this.clock = clock;
    }

    String show(long id, Actor viewer, Model model) {
        Emergency emergency = emergencies.get(id, viewer);
        boolean handler = emergencies.mayHandle(viewer, emergency);
        model.addAttribute("emergency", emergency);
        model.addAttribute("steps", emergencies.steps(id));
        model.addAttribute("photos", emergencies.photos(id));
        model.addAttribute("reporters", handler ? emergencies.reporters(id) : List.of());
        model.addAttribute("handler", handler);
        model.addAttribute("reviewer", emergencies.mayReview(viewer, emergency));
        model.addAttribute("reporter", emergencies.isReporter(id, viewer));
        model.addAttribute("now", clock.instant());
        model.addAttribute("timers", handler || emergencies.mayReview(viewer, emergency) ? timers.of(emergency, clock.instant())
                : List.of());
        model.addAttribute("awaitingConfirmation", handler && emergency.status() == EmergencyStatus.REPORTED);
        model.addAttribute("mayMerge", handler && emergency.isActive());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("similar", emergency.status().isWithdrawn() ? List.of() : similarity.similarTo(id, viewer));
        boolean open = emergency.status() == EmergencyStatus.OPEN;
        model.addAttribute("mayRespond", handler && open);
        model.addAttribute("mayResolve", handler && open);
        model.addAttribute("mayRate", rating.mayRate(emergency, viewer));
        model.addAttribute("ratings", handler ? emergencies.ratings(id) : List.of());
        model.addAttribute("satisfactions", Satisfaction.values());
        TriagePages.addForms(model, emergency);
        HandlingPages.addForms(model);
        boolean mayReviewNow = emergencies.mayReview(viewer, emergency) && emergency.status() == EmergencyStatus.RESOLVED;
        model.addAttribute("mayReviewNow", mayReviewNow);
        if (mayReviewNow && !model.containsAttribute("reviewForm")) {
            NewTopic draft = EmergencyReview.draftTopic(emergency);
            model.addAttribute("reviewForm", new ReviewPages.ReviewForm(null, "", draft.title(), draft.description()));
        }
        model.addAttribute("reviewOutcomes", ReviewOutcome.values());
        return VIEW;
    }
}
