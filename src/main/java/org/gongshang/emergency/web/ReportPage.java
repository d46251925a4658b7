package org.gongshang.emergency.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import org.gongshang.emergency.EmergencyCategory;
import org.gongshang.emergency.EmergencyReporting;
import org.gongshang.emergency.NewEmergency;
import org.gongshang.emergency.Severity;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting an event from a phone: one form, usable in WeChat's browser and without JavaScript
 * (photos from the camera, the place from a list, the time prefilled); a script may fill in the
 * map point from the phone's position when the reporter asks.
 */
@Controller
@RequestMapping("/emergencies/report")
class ReportPage {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    record ReportForm(String title, String description, @Nullable EmergencyCategory category, @Nullable Severity severity,
            @Nullable String regionCode, String address, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
            @Nullable @DateTimeFormat(pattern = DATE_TIME) LocalDateTime occurredAt, @Nullable Integer peopleAffected,
            @Nullable List<MultipartFile> photos) {

        ReportForm {
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            address = address == null ? "" : address;
        }

        NewEmergency report() {
            return new NewEmergency(title, description, category, severity, regionCode, address, latitude, longitude,
                    occurredAt == null ? null : occurredAt.atZone(Zones.platform()).toInstant(), peopleAffected);
        }
    }

    private final EmergencyReporting reporting;
    private final EmergencyLabels labels;
    private final Actors actors;
    private final Clock clock;

    ReportPage(EmergencyReporting reporting, EmergencyLabels labels, Actors actors, Clock clock) {
        this.reporting = reporting;
        this.labels = labels;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        Actor actor = actors.require();
        model.addAttribute("form", new ReportForm("", "", null, null, actor.residenceRegionCode(), "", null, null,
                LocalDateTime.now(clock.withZone(Zones.platform())).withSecond(0).withNano(0), null, null));
        return page(actor, model);
    }

    @PostMapping
    String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> reporting.report(form.report(), Uploads.bytes(form.photos()), actor))
                .map(reported -> {
                    Forms.notice(redirect, reported.isActive() && reported.times().confirmedAt() != null
                            ? "emergency.reported.confirmed" : "emergency.reported.waiting");
                    return "redirect:/emergencies/" + reported.id();
                })
                .orElseGet(() -> page(actor, model));
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("refusal", reporting.refusalFor(actor));
        model.addAttribute("places", labels.placeOptions(actor));
        model.addAttribute("categories", EmergencyCategory.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("dateTimePattern", DATE_TIME);
        return "emergency/report";
    }
}
