package org.gongshang.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who spoke how long, by category: the measure of whether ordinary residents were heard.
 *
 * @param byCategory every category, with zeros for the silent ones
 * @param residentShare residents' share of all speaking time (0 when nobody spoke)
 * @param attendeeResidentShare residents' share of the people checked in
 * @param gini the Gini coefficient of speaking time over the attendees (those who did not speak count
 *     as zero) and anyone else who spoke: 0 when all spoke equally long, towards 1 when one person spoke
 * @param residentsUnderheard residents spoke less than their share of attendees, beyond the tolerance
 */
public record SpeakingStatistics(Map<ParticipantCategory, CategoryTime> byCategory, long totalSeconds,
        double residentShare, double attendeeResidentShare, double gini, boolean residentsUnderheard) {

    public record CategoryTime(long seconds, double share, int speakers) {
    }

    /** One person present: id and category. */
    public record Attendee(long participantId, ParticipantCategory category) {
    }

    public static SpeakingStatistics of(List<Turn> turns, Collection<Attendee> attendees, Instant now, double tolerance) {
        Map<ParticipantCategory, Long> seconds = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, Set<Long>> speakers = new EnumMap<>(ParticipantCategory.class);
        Map<Long, Long> perPerson = new HashMap<>();
        for (Attendee attendee : attendees) {
            perPerson.put(attendee.participantId(), 0L);
        }
        long total = 0;
        for (Turn turn : turns) {
            long spoken = turn.spokenSeconds(now);
            seconds.merge(turn.category(), spoken, Long::sum);
            speakers.computeIfAbsent(turn.category(), c -> new HashSet<>()).add(turn.participantId());
            perPerson.merge(turn.participantId(), spoken, Long::sum);
            total += spoken;
        }
        Map<ParticipantCategory, CategoryTime> byCategory = new EnumMap<>(ParticipantCategory.class);
        for (ParticipantCategory category : ParticipantCategory.values()) {
            long s = seconds.getOrDefault(category, 0L);
            byCategory.put(category, new CategoryTime(s, share(s, total), speakers.getOrDefault(category, Set.of()).size()));
        }
        long residents = attendees.stream().filter(a -> a.category() == ParticipantCategory.RESIDENT).count();
        double residentShare = share(seconds.getOrDefault(ParticipantCategory.RESIDENT, 0L), total);
        double attendeeResidentShare = share(residents, attendees.size());
        boolean underheard = total > 0 && residentShare + tolerance < attendeeResidentShare;
        return new SpeakingStatistics(Map.copyOf(byCategory), total, residentShare, attendeeResidentShare,
                gini(perPerson.values()), underheard);
    }

    /** Mean absolute difference over twice the mean: Σ|xi − xj| / (2 n² μ). */
    public static double gini(Collection<Long> values) {
        int n = values.size();
        long sum = values.stream().mapToLong(Long::longValue).sum();
        if (n == 0 || sum == 0) {
            return 0;
        }
        // Sorted form of the same sum, O(n log n): Σ (2i − n − 1) x(i) / (n Σx), i from 1.
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return weighted / ((double) n * sum);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
