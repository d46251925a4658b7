package org.gongshang.emergency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rules of emergency handling (应急处突机制) as numbers ({@code gongshang.emergency.*}).
 *
 * @param targets response targets per severity, counted from the report
 * @param reviewWithin the review is due this long after the resolution
 * @param warnAt share of a target's time after which those in charge are warned that it is running out
 * @param timerInterval how often the timer job looks for targets about to run out or missed (one node at a time)
 * @param similar similar events shown to the reporter and to staff
 * @param photos pictures of a report or of a resolution
 */
@ConfigurationProperties("gongshang.emergency")
public record EmergencyProperties(
        @DefaultValue Targets targets,
        @DefaultValue("10wd") TargetTime reviewWithin,
        @DefaultValue("0.75") double warnAt,
        @DefaultValue("PT1M") Duration timerInterval,
        @DefaultValue Similar similar,
        @DefaultValue Photos photos) {

    /** The targets of each severity, counted from the report: first response, resolution. */
    public interface SeverityTargets {

        TargetTime firstResponse();

        TargetTime resolution();
    }

    public record Targets(@DefaultValue Minor minor, @DefaultValue Serious serious, @DefaultValue Major major) {

        public SeverityTargets of(Severity severity) {
            return switch (severity) {
                case MINOR -> minor;
                case SERIOUS -> serious;
                case MAJOR -> major;
            };
        }
    }

    /** 一般. */
    public record Minor(@DefaultValue("24h") TargetTime firstResponse, @DefaultValue("30d") TargetTime resolution)
            implements SeverityTargets {
    }

    /** 较大. */
    public record Serious(@DefaultValue("6h") TargetTime firstResponse, @DefaultValue("15d") TargetTime resolution)
            implements SeverityTargets {
    }

    /** 重大. */
    public record Major(@DefaultValue("2h") TargetTime firstResponse, @DefaultValue("7d") TargetTime resolution)
            implements SeverityTargets {
    }

    /**
     * @param recent events reported this recently (open or resolved) are shown
     * @param minScore the similar-text index's score an event needs to be shown
     * @param maxResults shown at most
     */
    public record Similar(@DefaultValue("P30D") Duration recent, @DefaultValue("0.70") double minScore,
            @DefaultValue("5") int maxResults) {
    }

    public record Photos(@DefaultValue("6") int maxCount, @DefaultValue("8MB") DataSize maxSize) {
    }
}
