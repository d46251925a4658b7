package org.gongshang.consultation;

/** 赞成 / 反对 / 弃权. */
public enum VoteChoice {
    AGREE, DISAGREE, ABSTAIN
}
