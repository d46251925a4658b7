package org.gongshang.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.quality.EvaluationChanged;
import org.gongshang.quality.QualityProperties;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.Rows;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a concluded consultation's evaluation again from what the other modules recorded: the
 * indicator set of its committee and year, each indicator's measurement, the score and grade. A closed
 * evaluation is left as it is. Consultations are refreshed one at a time (an advisory lock per
 * consultation), so two events arriving together do not race.
 */
@Component
public class EvaluationRefresh {

    /** Advisory-lock namespace: quality's Flyway major version and 2 for evaluations. */
    private static final int LOCK_SPACE = 1202;

    private final Consultations consultations;
    private final Regions regions;
    private final FactGathering gathering;
    private final IndicatorSetProvision sets;
    private final EvaluationRepository evaluations;
    private final EvaluationRollup rollup;
    private final QualityProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationRefresh(Consultations consultations, Regions regions, FactGathering gathering, IndicatorSetProvision sets,
            EvaluationRepository evaluations, EvaluationRollup rollup, QualityProperties properties,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.consultations = consultations;
        this.regions = regions;
        this.gathering = gathering;
        this.sets = sets;
        this.evaluations = evaluations;
        this.rollup = rollup;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the evaluation as it now is, empty when the consultation is unknown or not concluded */
    @Transactional
    public @Nullable EvaluationAggregate refresh(long consultationId) {
        jdbc.sql("select pg_advisory_xact_lock(:space, :key)").param("space", LOCK_SPACE)
                .param("key", (int) consultationId).query().singleValue();
        Consultation consultation = consultations.find(consultationId).orElse(null);
        if (consultation == null || consultation.status() != ConsultationStatus.CONCLUDED) {
            return null;
        }
        EvaluationAggregate before = evaluations.findById(consultationId).orElse(null);
        if (before != null && !before.isOpen()) {
            return before;
        }
        EvaluationSubject subject = subject(consultation);
        IndicatorSetAggregate set = sets.forOrganization(consultation.organizationId(), consultation.regionCode(), subject.year());
        ConsultationFacts facts = gathering.of(consultation);
        List<IndicatorValueRow> values = set.view().indicators().stream().map(indicator -> {
            Measurement measurement = Measurements.measure(indicator.measure(), facts);
            return IndicatorValueRow.of(indicator, measurement, EvidenceCodec.encode(measurement.evidence()));
        }).toList();
        long setId = Objects.requireNonNull(set.id());
        EvaluationAggregate after = before == null
                ? EvaluationAggregate.begin(subject, setId, values, properties.grades(), Rows.now(clock))
                : before.recomputed(subject, setId, values, properties.grades(), Rows.now(clock));
        if (after.sameFiguresAs(before)) {
            return before;
        }
        EvaluationAggregate saved = evaluations.save(after);
        rollup.replace(before, saved);
        if (before == null || !Objects.equals(before.score(), saved.score()) || before.grade() != saved.grade()) {
            events.publishEvent(changed(saved));
        }
        return saved;
    }

    public static EvaluationChanged changed(EvaluationAggregate evaluation) {
        return new EvaluationChanged(evaluation.consultationId(), evaluation.regionCode(), evaluation.districtCode(),
                evaluation.organizationId(), evaluation.kind(), evaluation.form(), evaluation.year(), evaluation.status(),
                evaluation.score(), evaluation.grade());
    }

    private EvaluationSubject subject(Consultation consultation) {
        String district = regions.enclosing(consultation.regionCode(), RegionLevel.DISTRICT).map(Region::code)
                .orElse(consultation.regionCode());
        int year = LocalDate.ofInstant(consultation.startsAt(), Zones.platform()).getYear();
        return new EvaluationSubject(consultation.id(), consultation.title(), consultation.regionCode(), district,
                consultation.organizationId(), consultation.kind(), consultation.form(), year, consultation.openToPublic());
    }
}
