package org.gongshang.emergency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rules of emergency handling (应急处突机制) as numbers ({@code gongshang.emergency.*}).
 *
 * @param targets response targets per severity, counted from the report
 * @param warnAt share of a target's time after which those in charge are warned that it is running out
 * @param reviewWithin the review after the resolution is due within this (working days by default)
 * @param timerInterval how often the timer job looks for targets about to run out or missed (one node at a time)
 * @param recurrence when similar events recur, staff are prompted to make them a regular topic
 * @param similar similar events shown to the reporter and to staff
 * @param photos pictures of a report or of a resolution
 * @param rapid the defaults of a rapid consultation (快速协商)
 */
@ConfigurationProperties("gongshang.emergency")
public record EmergencyProperties(
        @DefaultValue Targets targets,
        @DefaultValue("0.75") double warnAt,
        @DefaultValue("10wd") TargetTime reviewWithin,
        @DefaultValue("PT1M") Duration timerInterval,
        @DefaultValue Recurrence recurrence,
        @DefaultValue Similar similar,
        @DefaultValue Photos photos,
        @DefaultValue Rapid rapid) {

    /** The targets of each severity: first response, rapid consultation, resolution. */
    public interface SeverityTargets {

        TargetTime firstResponse();

        TargetTime consultation();

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
    public record Minor(@DefaultValue("24h") TargetTime firstResponse, @DefaultValue("5wd") TargetTime consultation,
            @DefaultValue("30d") TargetTime resolution) implements SeverityTargets {
    }

    /** 较大. */
    public record Serious(@DefaultValue("6h") TargetTime firstResponse, @DefaultValue("48h") TargetTime consultation,
            @DefaultValue("15d") TargetTime resolution) implements SeverityTargets {
    }

    /** 重大. */
    public record Major(@DefaultValue("2h") TargetTime firstResponse, @DefaultValue("24h") TargetTime consultation,
            @DefaultValue("7d") TargetTime resolution) implements SeverityTargets {
    }

    /**
     * @param count this many similar events (the new one included) …
     * @param within … within this period …
     * @param minScore … scoring at least this by the similar-text index, in the same community or township
     */
    public record Recurrence(@DefaultValue("3") int count, @DefaultValue("P365D") Duration within,
            @DefaultValue("0.72") double minScore) {
    }

    /**
     * @param recent resolved events this recent are shown beside open ones
     * @param minScore the similar-text index's score an event needs to be shown
     * @param maxResults shown at most
     */
    public record Similar(@DefaultValue("P30D") Duration recent, @DefaultValue("0.70") double minScore,
            @DefaultValue("5") int maxResults) {
    }

    public record Photos(@DefaultValue("6") int maxCount, @DefaultValue("8MB") DataSize maxSize,
            @DefaultValue("40000000") long maxPixels) {
    }

    /**
     * @param startsIn an on-site meeting is proposed this long after it is opened
     * @param deliberationHours an online deliberation is open this many hours unless staff choose otherwise
     * @param maxDeliberationHours … and at most this many
     */
    public record Rapid(@DefaultValue("PT2H") Duration startsIn, @DefaultValue("24") int deliberationHours,
            @DefaultValue("168") int maxDeliberationHours) {
    }
}
