package org.gongshang.member;

/** How a member on duty was checked in: the QR code shown at the station, or by the station contact. */
public enum ShiftCheckInMethod {
    QR, CONTACT
}
