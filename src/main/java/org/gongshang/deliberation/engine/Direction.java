package org.gongshang.deliberation.engine;

/** Which way a group or the whole deliberation leans on a statement. */
public enum Direction {
    AGREE, DISAGREE
}
