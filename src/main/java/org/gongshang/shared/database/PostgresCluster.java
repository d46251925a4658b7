package org.gongshang.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL cluster directory and the programs that create, start and stop it. Every server
 * setting that matters is given on the command line, where it wins over {@code postgresql.conf}
 * and {@code ALTER SYSTEM}.
 */
final class PostgresCluster {

    static final String SUPERUSER = "postgres";

    private final PostgresBinaries binaries;
    private final Path directory;

    PostgresCluster(PostgresBinaries binaries, Path directory) {
        this.binaries = binaries;
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    PostgresBinaries binaries() {
        return binaries;
    }

    boolean isInitialised() {
        return Files.exists(directory.resolve("PG_VERSION"));
    }

    /** A new cluster whose superuser has the password in the file, with password authentication from the start. */
    void initialise(Path superuserPasswordFile, Duration timeout) {
        run(timeout, binaries.command("initdb", "-D", directory.toString(), "-U", SUPERUSER, "-E", "UTF-8",
                "-A", "scram-sha-256", "--pwfile=" + superuserPasswordFile));
    }

    /**
     * Who may connect: with a password (SCRAM), over the loopback, and nobody else; the server has no
     * Unix socket. Written on every start, so that a cluster of an earlier version (which trusted
     * every local user) is locked down before it starts.
     */
    void writeAccessRules() {
        try {
            Files.writeString(directory.resolve("pg_hba.conf"), """
                    # Written by Gongshang on every start: changes here are lost.
                    # Password (SCRAM) over the loopback only; the server listens on no Unix socket.
                    # TYPE  DATABASE  USER  ADDRESS       METHOD
                    host    all       all   127.0.0.1/32  scram-sha-256
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until it accepts connections (after crash recovery, if it needs one). */
    void start(int port, EmbeddedDatabaseProperties settings) {
        Map<String, String> server = new LinkedHashMap<>();
        server.put("listen_addresses", "127.0.0.1");
        server.put("unix_socket_directories", "");
        String durable = settings.durable() ? "on" : "off";
        server.put("fsync", durable);
        server.put("synchronous_commit", durable);
        server.put("full_page_writes", durable);
        server.put("max_connections", Integer.toString(settings.maxConnections()));
        server.put("shared_buffers", settings.sharedBuffers());
        server.put("timezone", "UTC");
        server.put("password_encryption", "scram-sha-256");
        // PostgreSQL's own log in log/ of the cluster, one file per weekday, overwritten a week later.
        server.put("logging_collector", "on");
        server.put("log_directory", "log");
        server.put("log_filename", "postgresql-%a.log");
        server.put("log_truncate_on_rotation", "on");
        server.put("log_rotation_age", "1d");
        server.put("log_rotation_size", "0");
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        server.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
        try {
            Files.createDirectories(directory.resolve("log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // pg_ctl hands the options to a shell: each one quoted.
        String quoted = String.join(" ", options.stream().map(PostgresCluster::shellQuoted).toList());
        run(settings.startupTimeout().plusSeconds(10), binaries.command("pg_ctl", "start", "-D", directory.toString(),
                "-w", "-s", "-t", Long.toString(settings.startupTimeout().toSeconds()),
                "-l", directory.resolve("log/startup.log").toString(), "-o", quoted));
    }

    /** Stops the server: {@code fast} ends sessions and shuts down cleanly; {@code immediate} is a crash. */
    void stop(String mode, Duration timeout) {
        run(timeout.plusSeconds(10), binaries.command("pg_ctl", "stop", "-D", directory.toString(), "-m", mode,
                "-w", "-s", "-t", Long.toString(timeout.toSeconds())));
    }

    /** The command that stops this cluster's server, for a watchdog that runs it when the JVM is gone. */
    List<String> stopCommand() {
        return binaries.command("pg_ctl", "stop", "-D", directory.toString(), "-m", "fast", "-w", "-s", "-t", "60");
    }

    /** Runs one SQL statement in single-user mode: no server, no network, for repairs before a start. */
    void runAlone(String statement, Duration timeout) {
        List<String> command = binaries.command("postgres", "--single", "-D", directory.toString(),
                "-c", "listen_addresses=", "-c", "log_min_messages=fatal", SUPERUSER);
        String output = run(timeout, command, statement + "\n");
        if (output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IllegalStateException("PostgreSQL in single-user mode refused a repair in " + directory + ": "
                    + output.replace(statement, "<statement>"));
        }
    }

    /** The port of the server running on this cluster, from its {@code postmaster.pid}. */
    OptionalInt runningPort() {
        return PostmasterPid.read(directory).map(pid -> OptionalInt.of(pid.port())).orElse(OptionalInt.empty());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String run(Duration timeout, List<String> command) {
        return run(timeout, command, "");
    }

    private String run(Duration timeout, List<String> command, String input) {
        try {
            Path output = Files.createTempFile("gongshang-postgres-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                            + " did not finish within " + timeout + " on " + directory + serverLog());
                }
                String printed = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(program(command) + " failed on " + directory + ": " + printed.strip()
                            + serverLog());
                }
                return printed;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program(command), e);
        }
    }

    /** The end of the server's newest log, for messages about a failed start. */
    String serverLog() {
        try (var files = Files.list(directory.resolve("log"))) {
            var newest = files.filter(Files::isRegularFile)
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
            if (newest.isEmpty()) {
                return "";
            }
            List<String> lines = Files.readAllLines(newest.get(), StandardCharsets.UTF_8);
            return "\nPostgreSQL's log " + newest.get() + " ends with:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static String program(List<String> command) {
        return command.stream().filter(part -> part.contains("/bin/")).findFirst().map(part -> Path.of(part).getFileName().toString())
                .orElse(command.getFirst());
    }

    private static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
