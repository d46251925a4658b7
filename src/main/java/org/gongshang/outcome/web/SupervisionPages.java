package org.gongshang.outcome.web;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.Supervision;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervision board (督办) of the staff's regions: overdue, near due, not signed for, counts per department and region. */
@Controller("outcomeSupervisionPages")
class SupervisionPages {

    private final Supervision supervision;
    private final Actors actors;

    SupervisionPages(Supervision supervision, Actors actors) {
        this.supervision = supervision;
        this.actors = actors;
    }

    @GetMapping("/recommendations/supervision")
    String board(@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable Long organization,
            Model model) {
        Actor actor = actors.current().orElse(null);
        if (actor == null) {
            return "redirect:/login";
        }
        model.addAttribute("board", supervision.board(region, organization, actor));
        model.addAttribute("region", region);
        model.addAttribute("organization", organization);
        return "outcome/supervision";
    }
}
