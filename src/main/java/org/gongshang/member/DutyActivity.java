package org.gongshang.member;

/** What a member's duty record is about (履职事项). Most are recorded automatically; some by hand with evidence. */
public enum DutyActivity {
    /** 出席协商活动: checked in at a consultation. */
    CONSULTATION_ATTENDED(false),
    /** 协商发言: given the floor at a consultation. */
    CONSULTATION_SPOKE(false),
    /** 委员荐题: recommended a topic. */
    TOPIC_RECOMMENDED(false),
    /** 荐题被采纳: a recommended topic was accepted in screening. */
    TOPIC_ACCEPTED(false),
    /** 完成调研: handed in the report of a research task. */
    RESEARCH_COMPLETED(false),
    /** 联络站值班: checked in at a station's shift. */
    STATION_SHIFT(false),
    /** 接待群众: recorded a visitor's matter. */
    RECEPTION(false),
    /** 网格走访. */
    GRID_VISIT(false),
    /** 跟踪回访: took part in a follow-up visit. */
    FOLLOW_UP(false),
    /** 建议被采纳交办: a recommendation from the member's topic was transferred to departments. */
    RECOMMENDATION_ADOPTED(false),
    /** 满意度测评: rated a reply. */
    REPLY_RATED(false),
    /** 参加云端协商. */
    DELIBERATION_JOINED(false),
    /** 提交提案, by hand. */
    PROPOSAL(true),
    /** 社情民意信息、调研报告, by hand. */
    REPORT(true),
    /** 其他履职, by hand. */
    OTHER(true);

    private final boolean byHand;

    DutyActivity(boolean byHand) {
        this.byHand = byHand;
    }

    /** Whether members add records of it themselves, with evidence, for staff to approve. */
    public boolean byHand() {
        return byHand;
    }
}
