package org.gongshang.consultation;

/**
 * Whom a participant speaks for. Every record of participation keeps it, so that the residents'
 * share can be measured: consultations must not become "cadres consulting with members".
 */
public enum ParticipantCategory {
    /** 党政部门代表. */
    PARTY_GOV,
    /** 政协委员. */
    MEMBER,
    /** 基层干部. */
    CADRE,
    /** 群众代表. */
    RESIDENT,
    /** 利益相关方. */
    STAKEHOLDER,
    /** 专家: may speak, does not vote. */
    EXPERT,
    /** 社会组织. */
    SOCIAL_ORG;

    public boolean votes() {
        return this != EXPERT;
    }

    /** Ordinary people affected: the composition rule counts them. */
    public boolean isGrassrootsVoice() {
        return this == RESIDENT || this == STAKEHOLDER;
    }
}
