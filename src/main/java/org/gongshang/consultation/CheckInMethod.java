package org.gongshang.consultation;

/** How someone was checked in: by scanning the session's QR code, by staff, or entered as a walk-in. */
public enum CheckInMethod {
    QR, MANUAL, WALK_IN
}
