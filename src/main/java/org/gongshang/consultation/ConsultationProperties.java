package org.gongshang.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The consultation implementation rules (协商实施制度) as numbers: lead times in working days,
 * the speaking turn, the composition of participants.
 *
 * @param noticeWorkingDays invitations go out at least this many working days before the session
 * @param materialsWorkingDays briefing materials are out at least this many working days before
 * @param minutesWorkingDays the minutes are finalised within this many working days after the session
 * @param turnSeconds the default length of a speaking turn
 * @param maxExtensions how many times a turn may be extended (by 1 or 2 minutes each time)
 * @param grassrootsMinShare residents and stakeholders together make up at least this share of participants
 * @param speakingShareTolerance residents' share of speaking time may fall this far below their share
 *     of attendees before the facilitator is warned
 * @param adoptionShare a consensus item is adopted when more than this share of the votes cast agree
 * @param attachmentMaxSize the largest file accepted for materials and research reports
 * @param subscriberBuffer live events waiting for one slow subscriber before it is dropped (it reconnects)
 * @param liveLinger how long a follower's writer waits for more events before it sends them together:
 *     one write and flush for several, which with thousands of followers saves more than it delays
 * @param startWarning starting a session earlier or later than its scheduled time by more than this is
 *     pointed out to the facilitator (participants may not be there yet, or have left)
 */
@ConfigurationProperties("gongshang.consultation")
public record ConsultationProperties(
        @DefaultValue("15") int noticeWorkingDays,
        @DefaultValue("10") int materialsWorkingDays,
        @DefaultValue("7") int minutesWorkingDays,
        @DefaultValue("180") int turnSeconds,
        @DefaultValue("2") int maxExtensions,
        @DefaultValue("0.4") double grassrootsMinShare,
        @DefaultValue("0.05") double speakingShareTolerance,
        @DefaultValue("0.5") double adoptionShare,
        @DefaultValue("10MB") DataSize attachmentMaxSize,
        @DefaultValue("512") int subscriberBuffer,
        @DefaultValue("60ms") Duration liveLinger,
        @DefaultValue("30m") Duration startWarning) {

    /** The defaults, for tests and tools that run without Spring. */
    public static ConsultationProperties defaults() {
        return new ConsultationProperties(15, 10, 7, 180, 2, 0.4, 0.05, 0.5, DataSize.ofMegabytes(10), 512, Duration.ofMillis(60),
                Duration.ofMinutes(30));
    }
}
