package org.gongshang.topic;

/** How a routing changed where a topic is consulted on. */
public enum Movement {
    /** 分流: first routed, or moved to another organisation of the same level. */
    ROUTED,
    /** 上升: from grassroots up to a CPPCC committee. */
    ESCALATED,
    /** 下沉: from a CPPCC committee down to a community. */
    HANDED_DOWN;

    public static Movement between(@org.jspecify.annotations.Nullable RoutingLevel from, RoutingLevel to) {
        if (from == RoutingLevel.GRASSROOTS && to == RoutingLevel.CPPCC) {
            return ESCALATED;
        }
        if (from == RoutingLevel.CPPCC && to == RoutingLevel.GRASSROOTS) {
            return HANDED_DOWN;
        }
        return ROUTED;
    }
}
