package org.gongshang.emergency;

/** What the review (复盘) after the resolution found. */
public enum ReviewOutcome {
    /** 偶发事件: nothing structural; the review says why. */
    ONE_OFF,
    /** 转为常态化议题: a structural problem, handed to regular consultation as a topic. */
    TOPIC
}
