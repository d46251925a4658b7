package org.gongshang.identity;

/** What an account may do; every role but RESIDENT and ADMIN is held in an organisation. */
public enum Role {
    /** 群众 / 居民: registers with real name, submits and co-signs topics, rates outcomes. */
    RESIDENT,
    /** 政协委员. */
    MEMBER,
    /** 社区/村/街道干部. */
    CADRE,
    /** 党政部门 / 承办单位. */
    DEPARTMENT,
    /** 政协工作人员. */
    STAFF,
    /** 党委审定: approves the yearly consultation plan. */
    REVIEWER,
    /** 系统管理员. */
    ADMIN;

    /** Every role but RESIDENT, which comes with real-name registration, is handed out and taken back by managers. */
    public boolean isGrantable() {
        return this != RESIDENT;
    }

    /** Roles that log in with two factors (password, then an SMS code), as 等保 level 3 asks. */
    public boolean needsSecondFactor() {
        return this == STAFF || this == REVIEWER || this == DEPARTMENT || this == ADMIN;
    }

    /** Roles that act on the region of their organisation and below (data scope). */
    public boolean isScopedByOrganization() {
        return this != RESIDENT && this != ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
