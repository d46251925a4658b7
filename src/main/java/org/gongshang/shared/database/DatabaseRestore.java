package org.gongshang.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.gongshang.shared.privacy.PrivateFiles;
import org.springframework.util.FileSystemUtils;

/**
 * Puts a {@link DatabaseBackup} back as the cluster of a data directory that has none. The files are
 * unpacked beside it and moved into place only when complete; the first start then replays the
 * write-ahead log in the backup (PostgreSQL reads {@code backup_label}) up to the backup's end.
 */
final class DatabaseRestore {

    private DatabaseRestore() {
    }

    /** What the backup says about itself; refuses a file that is no Gongshang backup. */
    static Properties describe(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry description = zip.getEntry(DatabaseBackup.DESCRIPTION);
            if (description == null || zip.getEntry("backup_label") == null || zip.getEntry("PG_VERSION") == null) {
                throw new IllegalArgumentException(backup + " is no backup of Gongshang's embedded database");
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(description)) {
                properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (!DatabaseBackup.FORMAT.equals(properties.getProperty("format"))) {
                throw new IllegalArgumentException(backup + " is a backup of another format (" + properties.getProperty("format") + ")");
            }
            return properties;
        } catch (ZipException notAZip) {
            throw new IllegalArgumentException(backup + " is no backup of Gongshang's embedded database (" + notAZip.getMessage() + ")");
        }
    }

    /** Unpacks the backup as {@code cluster}, which must not exist or be empty. */
    static void unpack(Path backup, Path cluster) throws IOException {
        if (Files.exists(cluster)) {
            try (var children = Files.list(cluster)) {
                if (children.findAny().isPresent()) {
                    throw new IllegalArgumentException("The data directory already has a database in " + cluster
                            + ": restore into an empty data directory (or move that one away first)");
                }
            }
            Files.delete(cluster);
        }
        describe(backup);
        Path parent = Files.createDirectories(cluster.getParent());
        Path partial = Files.createTempDirectory(parent, cluster.getFileName() + ".restoring-");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial) || target.equals(partial)) {
                    throw new IllegalArgumentException("Unexpected path in the backup: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    PrivateFiles.directory(target);
                } else if (!entry.getName().equals(DatabaseBackup.DESCRIPTION)) {
                    PrivateFiles.directory(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                }
            }
            PrivateFiles.directory(partial);
            Files.move(partial, cluster, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileSystemUtils.deleteRecursively(partial);
        }
    }
}
