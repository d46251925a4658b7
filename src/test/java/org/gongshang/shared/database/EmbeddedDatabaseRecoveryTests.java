package org.gongshang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.shared.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Gongshang killed without shutting down ({@code kill -9}, the OOM killer) leaves its PostgreSQL
 * running; the next start must come up with the data intact, without anyone stopping it by hand.
 * Each test kills a real child JVM that runs the embedded database.
 */
class EmbeddedDatabaseRecoveryTests {

    static final Path BINARIES = Path.of("target/postgresql").toAbsolutePath();

    @TempDir
    Path dataDir;

    @Test
    void whenTheJvmIsKilledItsWatchdogStopsTheServerAndTheNextStartKeepsTheData() throws Exception {
        Child first = Child.start(dataDir, "before the crash");
        long server = postmaster().pid();

        first.process.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(60)).until(() -> ProcessHandle.of(server).map(p -> !p.isAlive()).orElse(true));
        assertThat(values(Child.start(dataDir, "after the restart"))).containsExactly("before the crash", "after the restart");
    }

    @Test
    void aServerLeftRunningWithoutItsWatchdogIsStoppedCleanlyAtTheNextStart() throws Exception {
        Child first = Child.start(dataDir, "before the crash");
        long server = postmaster().pid();

        ProcessHandle.of(first.watchdogPid).orElseThrow().destroyForcibly();
        first.process.destroyForcibly().waitFor();
        Thread.sleep(500);
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).contains(true);

        Child second = Child.start(dataDir, "after the restart");

        // Its exit comes a moment after pg_ctl saw it stop, and an orphan's exit status waits for the init process to reap it.
        await().atMost(Duration.ofSeconds(30)).until(() -> ended(server));
        assertThat(values(second)).containsExactly("before the crash", "after the restart");
        // Stopped cleanly, not killed: the second start needed no crash recovery.
        assertThat(lastStartOfTheServer()).contains("database system was shut down at");
    }

    @Test
    void aStalePostmasterPidOfAKilledServerIsNoObstacle() throws Exception {
        Child first = Child.start(dataDir, "before the crash");
        List<ProcessHandle> postgres = ProcessHandle.allProcesses()
                .filter(p -> LeftoverServer.serves(p, dataDir.resolve("postgres"))).toList();
        ProcessHandle.of(first.watchdogPid).orElseThrow().destroyForcibly();
        first.process.destroyForcibly().waitFor();
        postgres.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> postgres.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(dataDir.resolve("postgres/postmaster.pid")).exists();

        assertThat(values(Child.start(dataDir, "after the restart"))).containsExactly("before the crash", "after the restart");
    }

    @Test
    void aPostmasterPidNamingAnotherProgramIsRemoved() throws Exception {
        Child first = Child.start(dataDir, "before");
        first.stop();
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        // This JVM is alive and is no PostgreSQL: PostgreSQL itself would refuse to start.
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + dataDir.resolve("postgres") + "\n0\n5432\n\n\n\n");

        assertThat(values(Child.start(dataDir, "after"))).containsExactly("before", "after");
    }

    private String lastStartOfTheServer() throws Exception {
        List<String> starts = new ArrayList<>();
        try (var logs = Files.list(dataDir.resolve("postgres/log"))) {
            for (Path log : logs.sorted().toList()) {
                Files.readAllLines(log).stream().filter(line -> line.contains("database system was")).forEach(starts::add);
            }
        }
        return starts.getLast();
    }

    /** Gone, or a zombie that only waits to be reaped: a zombie holds no lock, no memory and no files. */
    private static boolean ended(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Files.exists(stat)) {
            String line = Files.readString(stat);
            return line.substring(line.lastIndexOf(')') + 2).startsWith("Z");
        }
        return true;
    }

    private PostmasterPid postmaster() {
        return PostmasterPid.read(dataDir.resolve("postgres")).orElseThrow();
    }

    private List<String> values(Child child) throws Exception {
        try (Connection connection = child.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select value from survivor")) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } finally {
            child.stop();
        }
    }

    /** A child JVM running {@link EmbeddedDatabaseChild} on the data directory. */
    record Child(Process process, long watchdogPid, Path dataDir) {

        static Child start(Path dataDir, String value) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    EmbeddedDatabaseChild.class.getName(), dataDir.toString(), BINARIES.toString(), value)
                    .redirectErrorStream(true).start();
            var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder printed = new StringBuilder();
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("READY ")) {
                    Thread.ofVirtual().start(() -> drain(output));
                    return new Child(process, Long.parseLong(line.substring(6).strip()), dataDir);
                }
                printed.append(line).append('\n');
            }
            throw new AssertionError("The child JVM ended before its database was ready:\n" + printed);
        }

        private static void drain(BufferedReader output) {
            try {
                output.transferTo(Writer.nullWriter());
            } catch (IOException closedWithTheChild) {
                // The child is gone: nothing more to read.
            }
        }

        Connection connect() throws Exception {
            int port = PostmasterPid.read(dataDir.resolve("postgres")).orElseThrow().port();
            String password = Files.readString(dataDir.resolve("keys/database.password")).strip();
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/gongshang", "gongshang", password);
        }

        /** Ends the child as a shutdown would not: a kill, then its watchdog stops the server. */
        void stop() throws Exception {
            Optional<ProcessHandle> server = PostmasterPid.read(dataDir.resolve("postgres"))
                    .flatMap(pid -> ProcessHandle.of(pid.pid()));
            process.destroyForcibly().waitFor();
            await().atMost(Duration.ofSeconds(60)).until(() -> server.map(p -> !p.isAlive()).orElse(true));
        }
    }
}
