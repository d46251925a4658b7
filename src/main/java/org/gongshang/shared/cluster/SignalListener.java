package org.gongshang.shared.cluster;

/**
 * Receives the signals of one topic, on the node's one signal thread: a listener returns quickly
 * and hands longer work to its own executor.
 */
public interface SignalListener {

    void signalled(Signal signal);

    /**
     * The connection that receives signals was lost and is back: signals sent meanwhile are gone,
     * so whatever they would have refreshed should be refreshed now.
     */
    default void missed() {
    }
}
