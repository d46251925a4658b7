package org.gongshang.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's lock file {@code postmaster.pid} in the cluster directory: the server's process id
 * on its first line, its port on the fourth.
 */
record PostmasterPid(long pid, int port) {

    static final String FILE = "postmaster.pid";

    static Optional<PostmasterPid> read(Path cluster) {
        try {
            List<String> lines = Files.readAllLines(cluster.resolve(FILE), StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.getFirst().strip());
            int port = lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).strip()) : 0;
            return Optional.of(new PostmasterPid(pid, port));
        } catch (IOException | RuntimeException missingOrHalfWritten) {
            return Optional.empty();
        }
    }
}
