package org.gongshang.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on our cluster although no Gongshang holds the data directory: left
 * by a process that was killed without shutting down (and whose watchdog died with it). Stopped
 * cleanly before our server starts, so that the start does not fail on {@code postmaster.pid}.
 *
 * <p>A process is taken for a server of the cluster only when it is a {@code postgres} program whose
 * working directory is the cluster (PostgreSQL's processes all work there); a {@code postmaster.pid}
 * whose process is gone is left to PostgreSQL, which removes it itself; one whose process id now
 * belongs to another program is removed, where PostgreSQL would refuse to start.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    static void stopIfRunning(PostgresCluster cluster) {
        Path directory = cluster.directory();
        Optional<PostmasterPid> lock = PostmasterPid.read(directory);
        if (lock.isPresent()) {
            Optional<ProcessHandle> process = ProcessHandle.of(lock.get().pid()).filter(ProcessHandle::isAlive);
            if (process.isPresent() && serves(process.get(), directory)) {
                log.warn("A PostgreSQL (pid {}) is still running on {}, left by a process that ended without shutting"
                        + " it down: stopping it", lock.get().pid(), directory);
                try {
                    cluster.stop("fast", PATIENCE);
                } catch (IllegalStateException notInTime) {
                    log.warn("It did not stop in time; stopping it at once (it will recover on start): {}", notInTime.getMessage());
                    cluster.stop("immediate", PATIENCE);
                }
            } else if (process.isPresent()) {
                log.warn("{} names process {}, which is no PostgreSQL of this cluster: removing the stale file",
                        directory.resolve(PostmasterPid.FILE), lock.get().pid());
                deleteStaleLock(directory);
            }
        }
        endOrphanedBackends(directory);
    }

    /** Backends of a server that was killed outright keep its shared memory, and PostgreSQL refuses to start beside them. */
    private static void endOrphanedBackends(Path directory) {
        List<ProcessHandle> orphans = ProcessHandle.allProcesses().filter(process -> serves(process, directory)).toList();
        if (orphans.isEmpty()) {
            return;
        }
        log.warn("Ending {} PostgreSQL processes left on {} without their server", orphans.size(), directory);
        orphans.forEach(ProcessHandle::destroy);
        for (ProcessHandle orphan : orphans) {
            try {
                orphan.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                orphan.destroyForcibly();
            }
        }
    }

    static boolean serves(ProcessHandle process, Path directory) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            Path program = Files.readSymbolicLink(proc.resolve("exe"));
            Path workingDirectory = Files.readSymbolicLink(proc.resolve("cwd"));
            return program.getFileName().toString().equals("postgres")
                    && workingDirectory.equals(directory.toRealPath());
        } catch (IOException | UnsupportedOperationException | SecurityException notOursOrGone) {
            return false;
        }
    }

    private static void deleteStaleLock(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(PostmasterPid.FILE));
        } catch (IOException e) {
            throw new IllegalStateException("Could not remove the stale " + directory.resolve(PostmasterPid.FILE), e);
        }
    }
}
