package org.gongshang.portal.web;

import java.util.Comparator;
import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.PublicAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The door to the administration: the sections the modules offer (as {@link AdminSection} beans)
 * that the signed-in person's roles allow. It lives in the portal, the platform's front, because it
 * belongs to no single module and must not depend on any of them.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class AdminHomePage {

    private final List<AdminSection> sections;
    private final PublicAddress address;

    AdminHomePage(List<AdminSection> sections, PublicAddress address) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(AdminSection::order)).toList();
        this.address = address;
    }

    @GetMapping("/admin")
    String home(Authentication authentication, Model model) {
        model.addAttribute("sections", sections.stream().filter(s -> s.visibleTo(authentication.getAuthorities())).toList());
        model.addAttribute("addressNeedsSetting", address.needsSetting());
        model.addAttribute("messageAddress", address.messageLink(""));
        return "portal/admin";
    }
}
