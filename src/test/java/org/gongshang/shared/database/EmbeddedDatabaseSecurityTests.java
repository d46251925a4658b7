package org.gongshang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.gongshang.shared.PlatformProperties;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded database as an attacker on the same machine, or one who got SQL into the
 * application, finds it: durable, no connection without the password, no Unix socket, and the
 * application's role can neither read server files (the personal-data key) nor run programs.
 */
@GongshangTest
class EmbeddedDatabaseSecurityTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    PlatformProperties platform;

    @Test
    void theApplicationsDatabaseIsDurable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : ClusterSetup.DURABILITY) {
                assertThat(single(statement, "show " + setting)).as(setting).isEqualTo("on");
            }
        }
    }

    @Test
    void theApplicationIsTheOwnerOfItsDatabaseButNoSuperuser() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select current_user")).isEqualTo("gongshang");
            assertThat(single(statement, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
            assertThat(single(statement, "select count(*)::text from pg_tables where schemaname = 'public' and tableowner <> 'gongshang'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void theApplicationsRoleCannotReadTheKeyOrRunPrograms() throws SQLException {
        Path key = platform.keysDir().resolve("pii.key");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select pg_read_file('" + key + "')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("select pg_read_file('postmaster.pid')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            statement.execute("create temporary table loot (line text)");
            assertThatThrownBy(() -> statement.execute("copy loot from program 'id'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("copy loot from '" + key + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() {
        int port = PostmasterPid.read(platform.databaseDir()).orElseThrow().port();
        for (String user : new String[] {"postgres", "gongshang"}) {
            assertThatThrownBy(() -> EmbeddedDatabaseUpgradeTests.connect(port, user, null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> EmbeddedDatabaseUpgradeTests.connect(port, user, "gongshang"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theServerListensOnNoUnixSocket() throws SQLException {
        try (Connection connection = database.superuserConnection("postgres"); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show unix_socket_directories")).isEmpty();
            assertThat(single(statement, "show listen_addresses")).isEqualTo("127.0.0.1");
        }
        int port = PostmasterPid.read(platform.databaseDir()).orElseThrow().port();
        assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
    }

    @Test
    void passwordsAndTheKeyLieOutsideTheDatabaseReadableByTheirOwnerOnly() throws Exception {
        Path keys = platform.keysDir();
        assertThat(keys.startsWith(platform.databaseDir())).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        for (String file : new String[] {"pii.key", DatabasePasswords.SUPERUSER_FILE, DatabasePasswords.APPLICATION_FILE}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file)))).as(file)
                    .isEqualTo("rw-------");
        }
        try (var files = Files.walk(platform.databaseDir())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).doesNotContain("pii.key");
        }
        assertThat(database.password()).isEqualTo(Files.readString(keys.resolve(DatabasePasswords.APPLICATION_FILE)).strip());
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
