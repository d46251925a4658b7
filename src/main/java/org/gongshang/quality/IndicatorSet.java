package org.gongshang.quality;

import java.util.List;

/** The indicators an organising committee (or grassroots organisation) evaluates its consultations of a year by. */
public record IndicatorSet(long id, long organizationId, String regionCode, int year, List<Indicator> indicators,
        long version) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }
}
