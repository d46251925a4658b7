package org.gongshang.shared.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;

/**
 * A part of the administration a module offers, contributed as a bean and listed on the admin home
 * page ({@code /admin}) for the people whose roles may use it. Like {@link NavigationItem}, so that a
 * module adds its admin page without editing another module.
 *
 * @param path where the section starts, e.g. {@code /admin/regions}
 * @param labelKey message key of its name
 * @param hintKey message key of one sentence saying what it is for
 * @param roles role names (e.g. {@code ADMIN}, {@code STAFF}) of which a person needs one
 * @param order position on the admin home page
 */
public record AdminSection(String path, String labelKey, String hintKey, List<String> roles, int order) {

    public boolean visibleTo(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> roles.stream().anyMatch(role -> authority.equals("ROLE_" + role)));
    }
}
