package org.gongshang.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the platform is and what is happening. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
