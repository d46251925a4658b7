package org.gongshang.outcome;

/** Where a recommendation comes from. */
public enum RecommendationSource {
    /** An adopted consensus item of a consultation's final minutes (协商纪要). */
    CONSULTATION,
    /** A CPPCC micro-consultation report (小微协商报告) entered by staff. */
    MICRO_CONSULTATION_REPORT,
    /** A member's suggestion (委员建议) entered by staff. */
    MEMBER_SUGGESTION,
    /** Anything else staff enter. */
    OTHER
}
