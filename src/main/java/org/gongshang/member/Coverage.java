package org.gongshang.member;

import java.util.List;

import org.gongshang.region.Region;

/**
 * How many communities and villages of each district have at least one member reporting to or
 * assigned to them, and which have none.
 */
public record Coverage(String regionCode, List<District> districts) {

    public Coverage {
        districts = List.copyOf(districts);
    }

    public record District(String code, String name, int communities, int covered, List<Region> uncovered) {

        public District {
            uncovered = List.copyOf(uncovered);
        }

        /** Covered communities as a share of all, 0 to 1; 0 for a district without communities. */
        public double share() {
            return communities == 0 ? 0 : (double) covered / communities;
        }
    }

    public int communities() {
        return districts.stream().mapToInt(District::communities).sum();
    }

    public int covered() {
        return districts.stream().mapToInt(District::covered).sum();
    }

    public double share() {
        return communities() == 0 ? 0 : (double) covered() / communities();
    }
}
