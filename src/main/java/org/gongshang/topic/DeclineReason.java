package org.gongshang.topic;

/** Why a topic is not taken up (不予采纳理由); the fixed list the seed names. */
public enum DeclineReason {
    /** 涉法涉诉. */
    LEGAL_LITIGATION,
    /** 已纳入信访. */
    PETITION,
    /** 不具有代表性. */
    NOT_REPRESENTATIVE,
    /** 党委政府已有明确规定. */
    EXPLICIT_POLICY,
    /** 超出政协职能. */
    OUT_OF_SCOPE,
    /** 个人诉求. */
    PERSONAL,
    /** 内容空泛. */
    VAGUE,
    /** 重复: merged into the topic it repeats. */
    DUPLICATE,
    /** 内容不当. */
    INAPPROPRIATE;

    public boolean needsMergeTarget() {
        return this == DUPLICATE;
    }
}
