package org.gongshang.emergency;

/**
 * How serious an event is, as the grassroots grade it (一般 / 较大 / 重大): it sets the response
 * targets, and a major event is told to the city's CPPCC staff too.
 */
public enum Severity {
    /** 一般. */
    MINOR,
    /** 较大. */
    SERIOUS,
    /** 重大. */
    MAJOR
}
