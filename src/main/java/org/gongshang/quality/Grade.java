package org.gongshang.quality;

/** A consultation's grade from its score, by the configured bands ({@code gongshang.quality.grades.*}). */
public enum Grade {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 一般. */
    FAIR,
    /** 较差. */
    POOR
}
