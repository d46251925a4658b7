package org.gongshang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.gongshang.shared.PlatformProperties;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code backup --out FILE} of the running application's database and {@code restore --from FILE}
 * into an empty data directory give the same data, table by table.
 */
@GongshangTest
class DatabaseBackupTests {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path temporary;

    @Test
    void aBackupOfTheRunningDatabaseRestoredIntoAnEmptyDataDirectoryHoldsTheSameData() throws Exception {
        Map<String, String> atBackup = null;
        Path backup = null;
        // Background jobs may write while a backup runs: compare with a backup around which the data stood still.
        for (int attempt = 0; attempt < 3 && atBackup == null; attempt++) {
            Map<String, String> before = checksums(dataSource.getConnection());
            backup = temporary.resolve("gongshang-" + attempt + ".zip");
            assertThat(DatabaseCommands.run("backup", new String[] {"--out", backup.toString()})).isZero();
            Map<String, String> after = checksums(dataSource.getConnection());
            atBackup = before.equals(after) ? after : null;
        }
        assertThat(atBackup).as("the data stood still around one of three backups").isNotNull();
        assertThat(atBackup).containsKeys("account", "topic", "flyway_schema_history");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

        Path restored = temporary.resolve("restored");
        assertThat(DatabaseCommands.run("restore", new String[] {"--from", backup.toString(),
                "--gongshang.data-dir=" + restored})).isZero();

        try (EmbeddedDatabase database = EmbeddedDatabase.open(new PlatformProperties(restored, null, "http://localhost"),
                EmbeddedDatabaseProperties.defaults().withBinariesDir(EmbeddedDatabaseRecoveryTests.BINARIES))) {
            Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
            assertThat(checksums(connection)).isEqualTo(atBackup);
        }
    }

    @Test
    void aRestoreIntoADataDirectoryWithADatabaseIsRefusedAndChangesNothing() throws Exception {
        Path existing = Files.createDirectories(temporary.resolve("existing/postgres"));
        Files.writeString(existing.resolve("PG_VERSION"), "17\n");
        Path backup = temporary.resolve("backup.zip");
        assertThat(DatabaseCommands.run("backup", new String[] {"--out=" + backup})).isZero();

        int exit = DatabaseCommands.run("restore", new String[] {"--from", backup.toString(),
                "--gongshang.data-dir=" + temporary.resolve("existing")});

        assertThat(exit).isEqualTo(DatabaseCommands.FAILED);
        try (var files = Files.list(existing)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("PG_VERSION");
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path notABackup = Files.writeString(temporary.resolve("photo.zip"), "not a zip at all");

        int exit = DatabaseCommands.run("restore", new String[] {"--from", notABackup.toString(),
                "--gongshang.data-dir=" + temporary.resolve("fresh")});

        assertThat(exit).isEqualTo(DatabaseCommands.FAILED);
        assertThat(temporary.resolve("fresh/postgres")).doesNotExist();
    }

    @Test
    void aBackupNeverOverwritesAFileAndTheCommandsNeedTheirFile() throws Exception {
        Path existing = Files.writeString(temporary.resolve("keep.zip"), "precious");

        assertThat(DatabaseCommands.run("backup", new String[] {"--out", existing.toString()})).isEqualTo(DatabaseCommands.FAILED);
        assertThat(Files.readString(existing)).isEqualTo("precious");
        assertThat(DatabaseCommands.run("backup", new String[0])).isEqualTo(DatabaseCommands.USAGE);
        assertThat(DatabaseCommands.run("restore", new String[] {"--out", "x"})).isEqualTo(DatabaseCommands.USAGE);
    }

    /** Every table of the application: rows and a digest of their contents. */
    private static Map<String, String> checksums(Connection connection) throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> checksums = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet digest = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|'"
                        + " order by t::text)), '') from public.\"" + table + "\" t")) {
                    digest.next();
                    checksums.put(table, digest.getString(1));
                }
            }
            return checksums;
        }
    }
}
