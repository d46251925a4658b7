package org.gongshang.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that the application starts itself, with its data under the data directory,
 * so that {@code ./mvnw spring-boot:run} and {@code java -jar} need nothing installed.
 *
 * <p>Several application contexts in one JVM (as in a test run) share the server of a data
 * directory; it stops when the last of them closes.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "gongshang";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, Shared> running = new HashMap<>();

    private final Path directory;
    private final String jdbcUrl;
    private boolean closed;

    private EmbeddedDatabase(Path directory, String jdbcUrl) {
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * @param dataDir the platform's data directory; the cluster lives in its {@code postgres} folder
     * @param clean start from an empty cluster (tests), instead of keeping what is there
     */
    public static EmbeddedDatabase open(Path dataDir, boolean clean) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath().normalize();
        synchronized (running) {
            Shared shared = running.get(directory);
            if (shared == null) {
                shared = new Shared(start(directory, clean));
                running.put(directory, shared);
            }
            shared.users++;
            return new EmbeddedDatabase(directory, shared.server.getJdbcUrl("postgres", DATABASE));
        }
    }

    private static EmbeddedPostgres start(Path directory, boolean clean) {
        try {
            Files.createDirectories(directory);
            log.info("Starting the embedded PostgreSQL with its data in {}", directory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    // Stopped by close(), when Spring closes the context after the beans that use the
                    // database (schedulers, event listeners); a JVM hook of its own would stop it under their feet.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Stopped by close(), after the connection pool: a hook of its own would stop the
                    // server while the application is still shutting down and using it.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "128MB")
                    .start();
            createDatabaseIfMissing(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + directory
                    + " (is another Gongshang using this data directory?)", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        synchronized (running) {
            if (closed) {
                return;
            }
            closed = true;
            Shared shared = running.get(directory);
            if (shared != null && --shared.users == 0) {
                running.remove(directory);
                try {
                    log.info("Stopping the embedded PostgreSQL in {}", directory);
                    shared.server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static final class Shared {
        final EmbeddedPostgres server;
        int users;

        Shared(EmbeddedPostgres server) {
            this.server = server;
        }
    }
}
