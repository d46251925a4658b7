package org.gongshang.plan;

/** How a planned consultation is held (协商形式). */
public enum ConsultationForm {
    /** 线下协商: at a venue, e.g. a community hall or a village courtyard. */
    OFFLINE,
    /** 网络协商 / 云端协商: online, without a venue. */
    ONLINE,
    /** 线上线下结合. */
    HYBRID
}
