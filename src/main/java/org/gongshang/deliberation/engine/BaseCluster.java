package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A base cluster ("bucket"): about a hundred of them summarise the clustered participants, so
 * that opinion groups are found among a hundred weighted points and a map can draw them.
 *
 * @param id stable across updates while the bucket lives
 * @param participantIds members, ascending
 * @param x centre on the first opinion axis
 * @param y centre on the second opinion axis
 */
public record BaseCluster(int id, long[] participantIds, double x, double y) implements Serializable {

    @Override
    public boolean equals(Object other) {
        return other instanceof BaseCluster that && id == that.id && Arrays.equals(participantIds, that.participantIds)
                && Double.compare(x, that.x) == 0 && Double.compare(y, that.y) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(participantIds);
    }

    @Override
    public String toString() {
        return "BaseCluster[id=" + id + ", size=" + participantIds.length + ", x=" + x + ", y=" + y + "]";
    }
}
