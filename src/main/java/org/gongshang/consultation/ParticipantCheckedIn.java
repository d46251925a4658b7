package org.gongshang.consultation;

import java.time.Instant;

/** Someone with an account on the roster was checked in (by QR code or by staff): they attended. */
public record ParticipantCheckedIn(long consultationId, String title, long accountId, ParticipantCategory category,
        CheckInMethod method, Instant at) {
}
