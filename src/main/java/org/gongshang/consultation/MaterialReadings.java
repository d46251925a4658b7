package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.PreparationStore;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules (the quality evaluation): per briefing material, how many expected participants with
 * an account read it before the session and at all. Nobody's name: counts only.
 */
@Service
@Transactional(readOnly = true)
public class MaterialReadings {

    private final PreparationStore store;
    private final ConsultationStore consultations;
    private final ParticipantStore participants;

    MaterialReadings(PreparationStore store, ConsultationStore consultations, ParticipantStore participants) {
        this.store = store;
        this.consultations = consultations;
        this.participants = participants;
    }

    public List<MaterialReading> of(long consultationId) {
        Consultation consultation = consultations.find(consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.unknown", consultationId));
        List<Long> expected = participants.roster(consultationId).stream()
                .filter(p -> p.status().isExpected() && p.accountId() != null).map(Participant::id).toList();
        Map<Long, Map<Long, Instant>> readAt = store.readTimes(consultationId);
        return store.materials(consultationId).stream().map(material -> {
            Map<Long, Instant> readers = readAt.getOrDefault(material.id(), Map.of());
            int read = (int) expected.stream().filter(readers::containsKey).count();
            int before = (int) expected.stream().filter(id -> readers.containsKey(id)
                    && readers.get(id).isBefore(consultation.startsAt())).count();
            return new MaterialReading(material.id(), material.title(), expected.size(), before, read);
        }).toList();
    }
}
