package org.gongshang.shared.web;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param section the page family it leads to; pages pass it to the layout to mark the current link
 * @param order position from left to right
 */
public record NavigationItem(String section, String path, String labelKey, int order) {
}
