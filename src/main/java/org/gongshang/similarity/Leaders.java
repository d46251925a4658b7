package org.gongshang.similarity;

import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.gongshang.similarity.internal.LeaderIndex;

/**
 * Groups of texts kept by their representatives (leader clustering): a new text joins the group whose
 * representative means nearly the same, or starts a group of its own. Finding the nearest
 * representative costs a pass over the representatives' signatures and a few exact cosines, so
 * grouping {@code n} texts into {@code g} groups costs about {@code n · g} bit counts instead of the
 * {@code n²} of comparing every pair. Vectors come from {@link SimilarTexts#meaning}. Thread-safe.
 */
public final class Leaders {

    /** How near the nearest representative is. */
    public record Nearest(long groupId, double score) {
    }

    private final LeaderIndex index;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** @param candidates representatives whose exact cosine is computed, picked by signature (64 is plenty) */
    public Leaders(int candidates) {
        this.index = new LeaderIndex(candidates);
    }

    public void put(long groupId, float[] representative) {
        lock.writeLock().lock();
        try {
            index.put(groupId, representative);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(long groupId) {
        lock.writeLock().lock();
        try {
            index.remove(groupId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The group whose representative is nearest, when its cosine reaches {@code minScore}. */
    public Optional<Nearest> nearest(float[] vector, double minScore) {
        lock.readLock().lock();
        try {
            LeaderIndex.Nearest found = index.nearest(vector, minScore);
            return found == null ? Optional.empty() : Optional.of(new Nearest(found.groupId(), found.score()));
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return index.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
