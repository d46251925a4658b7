package org.gongshang.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns members to shifts fairly: round robin weighted by how often each member has served,
 * skipping the days a member marked unavailable. For each shift, in date order, the members
 * with the fewest duties so far (those served before plus those given in this run) are taken;
 * among equals, the one whose last duty lies furthest back, then the lowest id, so that the
 * outcome does not depend on the order the members were listed in. Plain Java, tested alone.
 */
public final class RosterGenerator {

    /** A member who can serve, with how often and when they last served. */
    public record Candidate(long memberId, int served, LocalDate lastServed) {
    }

    /** A shift to staff, with the members already on it (kept, and counted). */
    public record Slot(long shiftId, LocalDate day, int needed, Set<Long> already) {
    }

    private RosterGenerator() {
    }

    /**
     * @param unavailable days each member cannot serve
     * @return for each shift, the members to add to it (fewer than needed when too few can serve)
     */
    public static Map<Long, List<Long>> assign(List<Slot> slots, List<Candidate> candidates, Map<Long, Set<LocalDate>> unavailable) {
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, LocalDate> last = new HashMap<>();
        for (Candidate candidate : candidates) {
            load.put(candidate.memberId(), candidate.served());
            last.put(candidate.memberId(), candidate.lastServed());
        }
        Comparator<Long> fairest = Comparator.<Long>comparingInt(load::get).thenComparing(last::get).thenComparingLong(id -> id);
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (Slot slot : slots.stream().sorted(Comparator.comparing(Slot::day).thenComparingLong(Slot::shiftId)).toList()) {
            int missing = slot.needed() - slot.already().size();
            List<Long> chosen = new ArrayList<>();
            if (missing > 0) {
                load.keySet().stream()
                        .filter(id -> !slot.already().contains(id))
                        .filter(id -> !unavailable.getOrDefault(id, Set.of()).contains(slot.day()))
                        .sorted(fairest)
                        .limit(missing)
                        .forEach(chosen::add);
            }
            for (long id : chosen) {
                load.merge(id, 1, Integer::sum);
                last.put(id, slot.day());
            }
            result.put(slot.shiftId(), chosen);
        }
        return result;
    }
}
