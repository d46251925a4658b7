package org.gongshang.shared.web;

import java.util.List;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param section the page family it leads to; pages pass it to the layout to mark the current link
 * @param order position from left to right
 * @param roles role names (e.g. {@code MEMBER}) of which a signed-in person needs one to see the link;
 *     empty for everyone
 */
public record NavigationItem(String section, String path, String labelKey, int order, List<String> roles) {

    public NavigationItem {
        roles = List.copyOf(roles);
    }

    /** A link for everyone. */
    public NavigationItem(String section, String path, String labelKey, int order) {
        this(section, path, labelKey, order, List.of());
    }
}
