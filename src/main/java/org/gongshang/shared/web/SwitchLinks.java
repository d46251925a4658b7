package org.gongshang.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's switches (language, elder mode) as links to the page being shown, with the rest of
 * its address kept: {@code /login?method=sms} switches to {@code /login?method=sms&lang=en}, not
 * to {@code /login?lang=en}, which would lose the SMS tab. On an error page, the address that
 * failed. Path and query only, so a switch never leaves the site.
 */
@Component
class SwitchLinks implements PageModel {

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("languageLinks", Map.of(
                "zh", here(request, "lang", "zh-CN"),
                "en", here(request, "lang", "en")));
        boolean elder = ElderMode.isOn(request);
        model.addAttribute("elder", elder);
        model.addAttribute("elderLink", here(request, ElderMode.PARAMETER, elder ? ElderMode.OFF : ElderMode.ON));
    }

    /** This page's address with one parameter set, as a path with its query. */
    static String here(HttpServletRequest request, String parameter, String value) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String query = failed instanceof String ? null : request.getQueryString();
        UriComponentsBuilder here = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(parameter, value);
        try {
            // The path and query come encoded from the request and are kept as they are.
            return here.build(true).toUriString();
        } catch (IllegalArgumentException malformed) {
            // A query not encoded as it should be (typed by hand, sent by a careless client) is dropped, not repeated.
            return UriComponentsBuilder.fromPath(path).queryParam(parameter, value).build().toUriString();
        }
    }
}
