package org.gongshang.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the modules' navigation links into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final List<NavigationItem> navigation;

    NavigationAdvice(List<NavigationItem> items) {
        this.navigation = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return navigation;
    }
}
