package org.gongshang.shared.cluster;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tells every node that something changed: {@link #send} issues a PostgreSQL {@code NOTIFY}
 * inside the current transaction, so the signal goes out when (and only if) the change commits,
 * and reaches every node listening on the database, this one included; {@link #subscribe}
 * registers a listener for a topic on this node. Signals are a prompt to re-read, not a channel for
 * data: a node that was disconnected misses them ({@link SignalListener#missed}), so whatever
 * follows them also catches up on its own from time to time.
 */
@Service
public class ClusterSignals {

    /** The one PostgreSQL channel; the topic travels in the payload. */
    static final String CHANNEL = "gongshang_signal";
    /** PostgreSQL refuses payloads of 8,000 bytes or more; signals carry ids, not data. */
    static final int MAX_PAYLOAD = 1000;

    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<SignalListener>> listeners = new ConcurrentHashMap<>();

    ClusterSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** This node's name in signals, new at every start. */
    public String node() {
        return node;
    }

    /**
     * Sends a signal with the current transaction (at once without one).
     *
     * @param topic what changed, without spaces
     * @param payload a short text, e.g. an id
     */
    public void send(String topic, String payload) {
        if (topic.isEmpty() || topic.indexOf(' ') >= 0 || payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("A signal's topic is one word and its payload short: " + topic);
        }
        jdbc.sql("select pg_notify(:channel, :message)").param("channel", CHANNEL)
                .param("message", node + " " + topic + " " + payload).query().singleValue();
    }

    public void subscribe(String topic, SignalListener listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Hands a received notification to the topic's listeners; a listener's failure is its own. */
    void deliver(String message) {
        int first = message.indexOf(' ');
        int second = first < 0 ? -1 : message.indexOf(' ', first + 1);
        if (second < 0) {
            return;
        }
        String topic = message.substring(first + 1, second);
        Signal signal = new Signal(topic, message.substring(second + 1), message.substring(0, first).equals(node));
        for (SignalListener listener : listeners.getOrDefault(topic, List.of())) {
            SignalThread.safely(() -> listener.signalled(signal), topic);
        }
    }

    void missed() {
        listeners.forEach((topic, list) -> list.forEach(listener -> SignalThread.safely(listener::missed, topic)));
    }
}
