package org.gongshang.consultation;

/** Where people meet: in a room, online without a venue (云端协商), or both. */
public enum ConsultationForm {
    OFFLINE, ONLINE, HYBRID;

    /** Offline and hybrid consultations happen somewhere: they need a venue type and an address. */
    public boolean needsVenue() {
        return this != ONLINE;
    }

    /** Online and hybrid consultations have remote participants following the live stream. */
    public boolean hasRemoteParticipants() {
        return this != OFFLINE;
    }
}
