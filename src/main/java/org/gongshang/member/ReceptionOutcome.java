package org.gongshang.member;

/** What a member did about a visitor's matter at a reception. */
public enum ReceptionOutcome {
    /** 当场答复: answered on the spot. */
    ANSWERED,
    /** 转交社区: handed to the community for grassroots consultation (基层协商); its cadres are told. */
    HANDED_TO_COMMUNITY,
    /** 待跟进: noted, to be followed up. */
    PENDING,
    /** 转为议题: recommended as a topic, which enters screening. */
    TOPIC
}
