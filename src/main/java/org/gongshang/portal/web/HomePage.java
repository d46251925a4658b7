package org.gongshang.portal.web;

import java.util.List;

import org.gongshang.identity.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the platform is and what is happening. */
@Controller
class HomePage {

    private final WhatIsHappening happening;
    private final Actors actors;

    HomePage(WhatIsHappening happening, Actors actors) {
        this.happening = happening;
        this.actors = actors;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("campaigns", happening.openCampaigns());
        model.addAttribute("consultations", happening.comingConsultations());
        model.addAttribute("topics", happening.newestTopics());
        model.addAttribute("recommendations", happening.recommendations());
        model.addAttribute("deliberations", actors.current().isPresent() ? happening.openDeliberations() : List.of());
        return "portal/home";
    }
}
