package org.gongshang.statistics;

import org.jspecify.annotations.Nullable;

/**
 * The period and region the dashboard shows.
 *
 * @param year a calendar year (China time), null for all years
 * @param districtCode a district (区县), null for every district the viewer sees
 */
public record StatisticsFilter(@Nullable Integer year, @Nullable String districtCode) {
}
