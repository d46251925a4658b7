package org.gongshang.deliberation;

import org.gongshang.deliberation.engine.VoteMatrix;

/** 表态: agree, disagree or pass, stored as the engine's +1, −1 and 0 (also Pol.is's export values). */
public enum VoteValue {
    AGREE(VoteMatrix.AGREE),
    DISAGREE(VoteMatrix.DISAGREE),
    PASS(VoteMatrix.PASS);

    private final int value;

    VoteValue(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static VoteValue of(int value) {
        return switch (value) {
            case 1 -> AGREE;
            case -1 -> DISAGREE;
            case 0 -> PASS;
            default -> throw new IllegalArgumentException("No vote value " + value);
        };
    }
}
