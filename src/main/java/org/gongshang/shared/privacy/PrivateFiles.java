package org.gongshang.shared.privacy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that only their owner may read (keys, passwords) in directories only their owner may enter.
 * A new file is written under a temporary name with owner-only rights from its creation and then
 * linked to its name, so that nobody can read it in between and a crash never leaves half of it.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory if missing and lets only its owner in (0700). */
    public static Path directory(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrict(directory, OWNER_ONLY_DIRECTORY);
        return directory;
    }

    /**
     * Writes a new owner-only file (0600).
     *
     * @throws FileAlreadyExistsException when the file exists: a key or password is never overwritten
     */
    public static void create(Path file, String text) throws IOException {
        Path directory = directory(file.toAbsolutePath().getParent());
        Path temporary = isPosix(directory)
                ? Files.createTempFile(directory, ".new-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(directory, ".new-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // A hard link fails when the name is taken, where a rename would replace it.
            Files.createLink(file, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads an owner-only file, taking away others' rights first if someone gave them. */
    public static String read(Path file) throws IOException {
        restrict(file, OWNER_ONLY_FILE);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (isPosix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
