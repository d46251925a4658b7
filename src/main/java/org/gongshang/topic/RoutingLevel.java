package org.gongshang.topic;

/** Which kind of consultation takes up an accepted topic. */
public enum RoutingLevel {
    /** 政协小微协商, by a CPPCC committee. */
    CPPCC,
    /** 基层协商, by a street office, township, community or village committee. */
    GRASSROOTS
}
