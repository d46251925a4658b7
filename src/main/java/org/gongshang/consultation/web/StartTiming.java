package org.gongshang.consultation.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationProperties;
import org.gongshang.consultation.ConsultationStatus;
import org.springframework.stereotype.Component;

/**
 * Whether starting a scheduled session now would be far from its scheduled time: a facilitator who
 * opens the wrong consultation, or starts one a day early, is told before participants are left out.
 */
@Component
class StartTiming {

    /** How far off, and in which direction. */
    record Gap(long minutes, boolean early) {
    }

    private final ConsultationProperties properties;
    private final Clock clock;

    StartTiming(ConsultationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    Optional<Gap> ifStartedNow(Consultation consultation) {
        if (consultation.status() != ConsultationStatus.SCHEDULED) {
            return Optional.empty();
        }
        Duration gap = Duration.between(clock.instant(), consultation.startsAt());
        if (gap.abs().compareTo(properties.startWarning()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Gap(gap.abs().toMinutes(), gap.isPositive()));
    }
}
