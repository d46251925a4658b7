package org.gongshang.consultation;

/** The flexible venues the seed names (协商地点要突出灵活性). */
public enum VenueType {
    /** 社区议事厅. */
    COMMUNITY_HALL,
    /** 村落院坝. */
    VILLAGE_COURTYARD,
    /** 大街小巷. */
    STREET,
    /** 施工现场. */
    CONSTRUCTION_SITE,
    /** 委员工作站. */
    MEMBER_STATION,
    /** 会议室. */
    MEETING_ROOM,
    OTHER
}
