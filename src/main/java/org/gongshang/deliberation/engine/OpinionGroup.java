package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An opinion group (观点群体): clustered participants who vote alike. Its id stays the same from
 * one update to the next as long as the group keeps most of its members.
 *
 * @param id small number, stable across updates
 * @param participantIds members, ascending
 * @param x centre on the first opinion axis
 * @param y centre on the second opinion axis
 */
public record OpinionGroup(int id, long[] participantIds, double x, double y) implements Serializable {

    public int size() {
        return participantIds.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpinionGroup that && id == that.id && Arrays.equals(participantIds, that.participantIds)
                && Double.compare(x, that.x) == 0 && Double.compare(y, that.y) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(participantIds);
    }

    @Override
    public String toString() {
        return "OpinionGroup[id=" + id + ", size=" + participantIds.length + ", x=" + x + ", y=" + y + "]";
    }
}
