package org.gongshang.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's listening connection: one thread holds a connection that {@code LISTEN}s on the
 * signal channel and hands each notification to {@link ClusterSignals}. When the connection is lost
 * (a database restart, a network cut) it connects again and tells the listeners they may have
 * missed signals.
 */
@Component
class SignalThread implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignalThread.class);

    private final DataSource dataSource;
    private final ClusterSignals signals;
    private final ClusterProperties properties;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    SignalThread(DataSource dataSource, ClusterSignals signals, ClusterProperties properties) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("cluster-signals").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(properties.listenWait().toMillis() * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Before the web server takes requests, and stopped after it has finished them. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the thread is connected and listening (for tests and health). */
    boolean listening() {
        return listening;
    }

    private void run() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ClusterSignals.CHANNEL);
                }
                listening = true;
                if (reconnecting) {
                    log.info("Listening for other nodes' signals again");
                    signals.missed();
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                int waitMillis = (int) properties.listenWait().toMillis();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(waitMillis);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            signals.deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                log.warn("Lost the connection that receives other nodes' signals; connecting again", e);
                reconnecting = true;
                pause();
            }
        }
        listening = false;
    }

    private void pause() {
        try {
            Thread.sleep(properties.reconnectDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void safely(Runnable action, String topic) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("A listener of signal {} failed", topic, e);
        }
    }
}
