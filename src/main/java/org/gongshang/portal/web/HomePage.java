package org.gongshang.portal.web;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: for a signed-in person first what waits for them (the page they land on after
 * login), then what the platform is and what is happening.
 */
@Controller
class HomePage {

    private final WhatIsHappening happening;
    private final MyTasks tasks;
    private final Actors actors;

    HomePage(WhatIsHappening happening, MyTasks tasks, Actors actors) {
        this.happening = happening;
        this.tasks = tasks;
        this.actors = actors;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<Actor> actor = actors.current();
        model.addAttribute("tasks", actor.map(a -> tasks.of(a.accountId())).orElse(MyTasks.Shown.NOTHING));
        model.addAttribute("campaigns", happening.openCampaigns());
        model.addAttribute("consultations", happening.comingConsultations());
        model.addAttribute("topics", happening.newestTopics());
        model.addAttribute("recommendations", happening.recommendations());
        model.addAttribute("deliberations", actor.isPresent() ? happening.openDeliberations() : List.of());
        return "portal/home";
    }
}
