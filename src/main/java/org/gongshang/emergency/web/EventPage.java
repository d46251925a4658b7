package org.gongshang.emergency.web;

import java.time.Clock;
import java.util.List;

import org.gongshang.emergency.Emergencies;
import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyStatus;
import org.gongshang.emergency.Severity;
import org.gongshang.identity.Actor;
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
    private final Clock clock;

    EventPage(Emergencies emergencies, Clock clock) {
        this.emergencies = emergencies;
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
        model.addAttribute("awaitingConfirmation", handler && emergency.status() == EmergencyStatus.REPORTED);
        model.addAttribute("mayMerge", handler && emergency.isActive());
        model.addAttribute("severities", Severity.values());
        TriagePages.addForms(model, emergency);
        return VIEW;
    }
}
