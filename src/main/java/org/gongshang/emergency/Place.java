package org.gongshang.emergency;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Where an event happened: a community or one of its grids, with the community, township and
 * district it lies in (kept, so that scope, notices and statistics need no lookups), the address
 * and an optional map point.
 */
public record Place(String regionCode, String communityCode, String townshipCode, String districtCode,
        @Nullable String address, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {

    public static final int MAX_ADDRESS = 200;

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    /** The prefix every region code of the township starts with (a community shares 9 digits with it). */
    public String townshipPrefix() {
        return townshipCode.substring(0, 9);
    }
}
