package org.gongshang.region;

import java.util.Optional;

/**
 * The levels of the division tree, each with its code length: GB/T 2260 codes (6 digits) for
 * city and district / county, statistical codes (12 digits) for township / street and community /
 * village, and a community's code plus 3 digits for a grid (网格).
 */
public enum RegionLevel {
    CITY(6), DISTRICT(6), TOWNSHIP(12), COMMUNITY(12), GRID(15);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level directly below, if any. */
    public Optional<RegionLevel> below() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /**
     * How many leading digits a code shares with its parent's code: a district 511702 with its city
     * 511700 shares 4, a street 511702001000 with its district 6, a community with its street 9, a
     * grid with its community 12.
     */
    public int prefixSharedWithParent() {
        return switch (this) {
            case CITY -> 0;
            case DISTRICT -> 4;
            case TOWNSHIP -> 6;
            case COMMUNITY -> 9;
            case GRID -> 12;
        };
    }
}
