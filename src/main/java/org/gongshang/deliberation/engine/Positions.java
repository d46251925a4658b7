package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Every participant's place on the opinion map, clustered or not, in participant id order.
 *
 * @param participantIds ascending
 * @param x first axis
 * @param y second axis
 */
public record Positions(long[] participantIds, double[] x, double[] y) implements Serializable {

    /** The row of a participant in these arrays, or a negative number. */
    public int indexOf(long participantId) {
        return Arrays.binarySearch(participantIds, participantId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Positions that && Arrays.equals(participantIds, that.participantIds)
                && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x);
    }

    @Override
    public String toString() {
        return "Positions[participants=" + participantIds.length + "]";
    }
}
