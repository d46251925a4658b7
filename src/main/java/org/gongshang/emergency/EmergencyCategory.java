package org.gongshang.emergency;

import org.gongshang.topic.TopicCategory;

/** What kind of problem it is, for the statistics and for the topic it may become. */
public enum EmergencyCategory {
    /** 供水供电供气: a burst main, a power cut, a gas leak. */
    UTILITIES(TopicCategory.SOCIETY),
    /** 房屋建筑安全: a cracked wall, a collapsed retaining wall. */
    BUILDINGS(TopicCategory.SOCIETY),
    /** 道路交通: a cave-in, a closed road or bridge. */
    ROADS(TopicCategory.ECONOMY),
    /** 环境卫生: sewage, waste, pollution. */
    ENVIRONMENT(TopicCategory.ECOLOGY),
    /** 自然灾害: flooding, landslides. */
    NATURAL_HAZARD(TopicCategory.ECOLOGY),
    /** 矛盾纠纷: a dispute over a sudden closure or works. */
    DISPUTE(TopicCategory.SOCIETY),
    /** 其他. */
    OTHER(TopicCategory.SOCIETY);

    private final TopicCategory topicCategory;

    EmergencyCategory(TopicCategory topicCategory) {
        this.topicCategory = topicCategory;
    }

    /** The topic category a regular topic made from such an event starts with; staff may change it. */
    public TopicCategory topicCategory() {
        return topicCategory;
    }
}
