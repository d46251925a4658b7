package org.gongshang.member;

/** The names stations go by; they work alike. */
public enum StationKind {
    /** 委员联络站. */
    LIAISON_STATION,
    /** 委员工作站. */
    WORK_STATION,
    /** 委员之家. */
    MEMBERS_HOME
}
