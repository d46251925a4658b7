package org.gongshang.consultation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The composition rule: residents and stakeholders together make up at least a share (default 40%)
 * of the expected participants, so that ordinary people are not crowded out.
 */
public record CompositionCheck(Map<ParticipantCategory, Integer> counts, int expected, int grassrootsVoices,
        double grassrootsShare, double requiredShare, boolean met) {

    public boolean isMet() {
        return met;
    }

    public static CompositionCheck of(Collection<Participant> roster, double requiredShare) {
        Map<ParticipantCategory, Integer> counts = new EnumMap<>(ParticipantCategory.class);
        for (ParticipantCategory category : ParticipantCategory.values()) {
            counts.put(category, 0);
        }
        int expected = 0;
        int voices = 0;
        for (Participant participant : roster) {
            if (!participant.status().isExpected()) {
                continue;
            }
            expected++;
            counts.merge(participant.category(), 1, Integer::sum);
            if (participant.category().isGrassrootsVoice()) {
                voices++;
            }
        }
        double share = expected == 0 ? 0 : (double) voices / expected;
        return new CompositionCheck(Map.copyOf(counts), expected, voices, share, requiredShare,
                expected > 0 && share + 1e-9 >= requiredShare);
    }
}
