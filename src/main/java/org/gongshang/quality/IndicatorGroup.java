package org.gongshang.quality;

/** The groups of indicators, one axis each of the report's radar chart. */
public enum IndicatorGroup {
    /** 商前准备. */
    PREPARATION,
    /** 参与结构. */
    PARTICIPATION,
    /** 充分发言. */
    VOICE,
    /** 成果转化. */
    OUTCOMES,
    /** 群众满意. */
    SATISFACTION,
    /** 跟踪问效. */
    FOLLOW_UP,
    /** 评议小组. */
    PANEL
}
