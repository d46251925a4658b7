package org.gongshang.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded server when the JVM dies without shutting it down ({@code kill -9}, the OOM
 * killer). A tiny shell process waits on a pipe from the JVM: the JVM writes a line when it has
 * stopped the server itself; if the pipe closes without that line, the JVM is gone and the shell
 * runs {@code pg_ctl stop -m fast}, a clean shutdown. It runs in a session of its own, so that a
 * Ctrl-C in the terminal reaches the JVM (which shuts down in order) and not the watchdog.
 *
 * <p>If the watchdog is killed too, the next start finds the server left over ({@link LeftoverServer}).
 */
final class Watchdog implements AutoCloseable {

    private static final String SCRIPT = "if read -r line; then exit 0; fi; exec \"$@\"";

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    static Watchdog guard(PostgresCluster cluster) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
            command.add("setsid");
        }
        command.addAll(List.of("sh", "-c", SCRIPT, "gongshang-database-watchdog"));
        command.addAll(cluster.stopCommand());
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new Watchdog(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded database's watchdog", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** The server was stopped by the JVM: the watchdog leaves without doing anything. */
    @Override
    public void close() {
        try (OutputStream pipe = process.getOutputStream()) {
            pipe.write("stopped\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException alreadyGone) {
            // Nothing to tell a watchdog that has ended.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
