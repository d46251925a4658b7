package org.gongshang.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/** Puts the modules' navigation links into every page's model. */
@Component
class NavigationModel implements PageModel {

    private final List<NavigationItem> navigation;

    NavigationModel(List<NavigationItem> items) {
        this.navigation = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("navigation", navigation);
    }
}
