package org.gongshang.quality;

/** Staff changed an indicator set: the open evaluations scored by it are computed again. */
public record IndicatorSetChanged(long indicatorSetId, long organizationId, int year) {
}
