package org.gongshang.region;

/** Kinds of organisation that take part in consultations. */
public enum OrganizationType {
    /** 政协: a city or county CPPCC committee, or one of its liaison groups (联络组). */
    CPPCC,
    /** 党政部门 / 承办单位: a party or government department. */
    DEPARTMENT,
    /** 街道办事处. */
    STREET_OFFICE,
    /** 乡镇人民政府. */
    TOWNSHIP,
    /** 社区居民委员会. */
    COMMUNITY_COMMITTEE,
    /** 村民委员会. */
    VILLAGE_COMMITTEE,
    /** 社会组织. */
    SOCIAL_ORGANIZATION;

    /** Street offices, townships, community and village committees organise grassroots consultation. */
    public boolean isGrassroots() {
        return this == STREET_OFFICE || this == TOWNSHIP || this == COMMUNITY_COMMITTEE || this == VILLAGE_COMMITTEE;
    }
}
