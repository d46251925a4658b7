package org.gongshang.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.quality.EvaluationStatus;
import org.gongshang.quality.Grade;
import org.gongshang.quality.QualityProperties.Grades;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consultation's evaluation as it is kept. An open one takes every recomputation; a closed one is
 * frozen (and published) until staff reopen it. The score is the weighted mean of the measured
 * indicators' scores; the grade follows from the configured bands.
 */
@Table("quality_evaluation")
public record EvaluationAggregate(@Id long consultationId, String title, String regionCode, String districtCode,
        long organizationId, ConsultationKind kind, ConsultationForm form, int year, boolean openToPublic,
        long indicatorSetId, EvaluationStatus status, @Nullable Double score, @Nullable Grade grade, int measured,
        Instant computedAt, @Nullable Instant closedAt, @Nullable Long closedBy,
        @MappedCollection(idColumn = "consultation_id", keyColumn = "position") List<IndicatorValueRow> values,
        @Version @Nullable Long version) {

    public EvaluationAggregate {
        values = List.copyOf(values);
    }

    /** A new, open evaluation with the first computation. */
    public static EvaluationAggregate begin(EvaluationSubject subject, long indicatorSetId, List<IndicatorValueRow> values,
            Grades grades, Instant at) {
        return new EvaluationAggregate(subject.consultationId(), subject.title(), subject.regionCode(), subject.districtCode(),
                subject.organizationId(), subject.kind(), subject.form(), subject.year(), subject.openToPublic(), indicatorSetId,
                EvaluationStatus.OPEN, null, null, 0, at, null, null, List.of(), null)
                .recomputed(subject, indicatorSetId, values, grades, at);
    }

    /** The evaluation with new values; a closed one stays as it was. */
    public EvaluationAggregate recomputed(EvaluationSubject subject, long setId, List<IndicatorValueRow> newValues,
            Grades grades, Instant at) {
        if (status == EvaluationStatus.CLOSED) {
            return this;
        }
        double weighted = 0;
        double weights = 0;
        int counted = 0;
        for (IndicatorValueRow value : newValues) {
            if (value.score() != null) {
                weighted += value.weight() * value.score();
                weights += value.weight();
                counted++;
            }
        }
        Double newScore = weights == 0 ? null : Measurement.round(weighted / weights);
        return new EvaluationAggregate(consultationId, subject.title(), subject.regionCode(), subject.districtCode(),
                subject.organizationId(), subject.kind(), subject.form(), subject.year(), subject.openToPublic(), setId, status,
                newScore, newScore == null ? null : grades.of(newScore), counted, at, closedAt, closedBy, newValues, version);
    }

    /** Whether a recomputation changed anything but the time it was made. */
    public boolean sameFiguresAs(@Nullable EvaluationAggregate other) {
        return other != null && other.values.equals(values) && Objects.equals(other.score, score)
                && other.grade == grade && other.status == status && other.title.equals(title)
                && other.openToPublic == openToPublic && other.indicatorSetId == indicatorSetId;
    }

    /** @throws DomainException CONFLICT when closed already or nothing is measured yet */
    public EvaluationAggregate closed(long actorId, Instant at) {
        if (!status.mayMoveTo(EvaluationStatus.CLOSED)) {
            throw DomainException.conflict("quality.evaluation.closed-already");
        }
        if (score == null) {
            throw DomainException.conflict("quality.evaluation.nothing-measured");
        }
        return new EvaluationAggregate(consultationId, title, regionCode, districtCode, organizationId, kind, form, year,
                openToPublic, indicatorSetId, EvaluationStatus.CLOSED, score, grade, measured, computedAt, at, actorId, values,
                version);
    }

    /** @throws DomainException CONFLICT when open */
    public EvaluationAggregate reopened() {
        if (!status.mayMoveTo(EvaluationStatus.OPEN)) {
            throw DomainException.conflict("quality.evaluation.open-already");
        }
        return new EvaluationAggregate(consultationId, title, regionCode, districtCode, organizationId, kind, form, year,
                openToPublic, indicatorSetId, EvaluationStatus.OPEN, score, grade, measured, computedAt, null, null, values,
                version);
    }

    public boolean isOpen() {
        return status == EvaluationStatus.OPEN;
    }
}
