package org.gongshang.topic.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongshang.identity.Actors;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的议题: what one submitted or co-signed, each with its status timeline. */
@Controller
class MyTopicsPage {

    private final Topics topics;
    private final Actors actors;

    MyTopicsPage(Topics topics, Actors actors) {
        this.topics = topics;
        this.actors = actors;
    }

    @GetMapping("/topics/mine")
    String mine(Model model) {
        var actor = actors.current();
        if (actor.isEmpty()) {
            return "redirect:/login";
        }
        var mine = topics.mine(actor.get());
        model.addAttribute("topics", mine);
        model.addAttribute("myId", actor.get().accountId());
        model.addAttribute("histories", mine.stream().collect(Collectors.toMap(TopicView::id, t -> topics.history(t.id()))));
        return "topic/mine";
    }
}
