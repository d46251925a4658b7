package org.gongshang.emergency.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.gongshang.emergency.Emergencies;
import org.gongshang.emergency.EmergencyListing;
import org.gongshang.emergency.EmergencyPhotos;
import org.gongshang.emergency.Severity;
import org.gongshang.emergency.Timers;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emergency pages: the start page (for staff and cadres the desk of open events, most severe
 * first; for everyone their own reports and the way to report), an event's page, its photos, and
 * the public list of resolved events.
 */
@Controller
@RequestMapping("/emergencies")
class EmergencyPages {

    private final Emergencies emergencies;
    private final EmergencyPhotos photos;
    private final EventPage page;
    private final Actors actors;
    private final Timers timers;
    private final Clock clock;

    EmergencyPages(Emergencies emergencies, EmergencyPhotos photos, EventPage page, Timers timers, Actors actors, Clock clock) {
        this.timers = timers;
        this.emergencies = emergencies;
        this.photos = photos;
        this.page = page;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    String start(@RequestParam(required = false) @Nullable Severity severity, Model model) {
        Actor actor = actors.require();
        boolean desk = emergencies.handlesSomewhere(actor);
        Instant now = clock.instant();
        List<EmergencyListing> open = desk ? emergencies.desk(actor, severity) : List.of();
        model.addAttribute("desk", open);
        model.addAttribute("timers", open.stream().collect(Collectors.toMap(EmergencyListing::id, e -> timers.of(e, now))));
        model.addAttribute("hasDesk", desk);
        model.addAttribute("mayReview", actor.isAdmin() || actor.has(Role.STAFF));
        model.addAttribute("severity", severity);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("mine", emergencies.mine(actor));
        model.addAttribute("now", now);
        return "emergency/desk";
    }

    @GetMapping("/{id:\\d+}")
    String event(@PathVariable long id, Model model) {
        return page.show(id, actors.require(), model);
    }

    /** Photos after the report; a refusal comes back on the event page. */
    @PostMapping("/{id:\\d+}/photos")
    String addPhotos(@PathVariable long id, @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        Forms.submit(redirect, () -> photos.add(id, Uploads.bytes(files), actor))
                .ifPresent(added -> Forms.notice(redirect, "emergency.photo.added"));
        return "redirect:/emergencies/" + id;
    }

    @GetMapping("/{id:\\d+}/photos/{photoId:\\d+}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return Uploads.photo(emergencies.photo(id, photoId, actors.current().orElse(null)));
    }

    /** For everyone: what was done about resolved events, without personal data. */
    @GetMapping("/resolved")
    String resolved(@RequestParam(required = false) @Nullable String region, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("events", emergencies.resolved(region, page, 20));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("region", region);
        return "emergency/resolved";
    }
}
