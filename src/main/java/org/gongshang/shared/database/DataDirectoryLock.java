package org.gongshang.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Held by the process that runs the embedded database of a data directory, for as long as it runs.
 * The operating system lets go of it when the process dies, however it dies: a held lock means a
 * live Gongshang, a server without a held lock was left behind.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "embedded-database.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    static Optional<DataDirectoryLock> tryAcquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return Optional.of(new DataDirectoryLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data directory " + dataDir, e);
        }
    }

    /** Who holds the lock, as the holder wrote it. */
    static String holder(Path dataDir) {
        try {
            return "process " + Files.readString(dataDir.resolve(FILE), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
