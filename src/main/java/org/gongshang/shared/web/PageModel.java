package org.gongshang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.ModelMap;

/**
 * Something every rendered page shows (the header's links, the signed-in person, unread
 * messages). Added only when a page is rendered: {@code @ModelAttribute} methods of a controller
 * advice run for every handler, the JSON API included (a REST controller is a controller too).
 */
public interface PageModel {

    void addTo(ModelMap model, HttpServletRequest request);
}
