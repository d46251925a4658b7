package org.gongshang.shared.database;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consistent backup of the running embedded database while it keeps serving: PostgreSQL's base
 * backup (the low-level API {@code pg_backup_start}/{@code pg_backup_stop}, what {@code pg_basebackup}
 * does inside the server) written as one zip file. The zonky bundle has no {@code pg_dump} and no
 * {@code pg_basebackup}, only the server, which does the work here: the cluster's files are copied as
 * they are, and the write-ahead log from the backup's start to its end is added, so that the
 * restored cluster replays it to the state at the end of the backup. A temporary replication slot
 * keeps that log from being recycled while the files are copied.
 *
 * <p>The zip holds the cluster (not the keys directory: the personal-data key and the passwords stay
 * apart), {@code backup_label}, and {@code gongshang-backup.properties} describing the backup.
 */
final class DatabaseBackup {

    static final String DESCRIPTION = "gongshang-backup.properties";
    static final String FORMAT = "gongshang-embedded-postgresql-base-backup-1";
    /** Rebuilt by the server or of no use in a copy, as PostgreSQL's documentation lists them. */
    static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "log");
    static final Set<String> SKIPPED_FILES = Set.of(PostmasterPid.FILE, "postmaster.opts", "backup_label", "tablespace_map",
            "backup_manifest", "current_logfiles", "epg-lock", "pg_internal.init");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final Pattern START_SEGMENT = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private DatabaseBackup() {
    }

    /** Writes the backup to {@code out}, which must not exist; what it says about the backup. */
    static String write(EmbeddedDatabase database, Path cluster, Path out) throws IOException, SQLException {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Connection superuser = database.superuserConnection("postgres"); Statement sql = superuser.createStatement()) {
            String version = single(sql, "show server_version");
            String system = single(sql, "select system_identifier::text from pg_control_system()");
            sql.execute("select pg_create_physical_replication_slot('gongshang_backup_' || pg_backend_pid(), true, true)");
            single(sql, "select pg_backup_start('gongshang " + Instant.now() + "', true)");
            String stopLsn;
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                zip.setLevel(Deflater.BEST_SPEED);
                copyCluster(cluster, zip);
                String label;
                String tablespaces;
                String stopSegment;
                try (ResultSet stop = sql.executeQuery(
                        "select lsn::text, labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
                    stop.next();
                    stopLsn = stop.getString(1);
                    label = stop.getString(2);
                    tablespaces = stop.getString(3);
                    stopSegment = stop.getString(4);
                }
                Matcher start = START_SEGMENT.matcher(label);
                if (!start.find()) {
                    throw new IllegalStateException("Unexpected backup_label from PostgreSQL: " + label);
                }
                copyWal(cluster.resolve("pg_wal"), start.group(1), stopSegment, zip);
                text(zip, "backup_label", label);
                if (tablespaces != null && !tablespaces.isBlank()) {
                    text(zip, "tablespace_map", tablespaces);
                }
                text(zip, DESCRIPTION, "format=" + FORMAT + "\npostgresql=" + version + "\nsystem-identifier=" + system
                        + "\ncreated=" + Instant.now() + "\nend-lsn=" + stopLsn + "\n");
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            return "PostgreSQL " + version + ", consistent as of log position " + stopLsn + ", " + Files.size(out) + " bytes";
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void copyCluster(Path cluster, ZipOutputStream zip) throws IOException {
        try (var tablespaces = Files.list(cluster.resolve("pg_tblspc"))) {
            if (tablespaces.findAny().isPresent()) {
                throw new IllegalStateException("The cluster has tablespaces outside its directory, which this backup cannot copy");
            }
        }
        Files.walkFileTree(cluster, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                String name = cluster.relativize(directory).toString().replace('\\', '/');
                if (!name.isEmpty()) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                    zip.closeEntry();
                }
                boolean emptied = EMPTIED_DIRECTORIES.contains(name) || directory.getFileName().toString().startsWith("pgsql_tmp");
                if (emptied && name.equals("pg_wal")) {
                    zip.putNextEntry(new ZipEntry("pg_wal/archive_status/"));
                    zip.closeEntry();
                }
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String fileName = file.getFileName().toString();
                if (attributes.isRegularFile() && !SKIPPED_FILES.contains(fileName) && !fileName.startsWith("pgsql_tmp")) {
                    copy(file, cluster.relativize(file).toString().replace('\\', '/'), zip);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while we copied: the log replay knows
                }
                throw e;
            }
        });
    }

    /** The log segments from the one the backup started in to the one it ended in, and the timeline histories. */
    private static void copyWal(Path wal, String first, String last, ZipOutputStream zip) throws IOException {
        try (var files = Files.list(wal)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean needed = WAL_SEGMENT.matcher(name).matches() && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
                if (needed || name.endsWith(".history")) {
                    copy(file, "pg_wal/" + name, zip);
                }
            }
        }
    }

    private static void copy(Path file, String name, ZipOutputStream zip) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException dropped) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void text(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
