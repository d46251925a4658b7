package org.gongshang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.gongshang.shared.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application does not run on an embedded database that may lose confirmed changes in a crash. */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path dataDir;

    @Test
    void aServerWithoutFsyncIsRefusedWithAClearMessageAndLeftStopped() {
        var notDurable = new EmbeddedDatabaseProperties(false, EmbeddedDatabaseRecoveryTests.BINARIES, Duration.ofSeconds(120),
                50, "32MB", false, false);

        assertThatThrownBy(() -> EmbeddedDatabase.open(platform(), notDurable))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fsync=off").hasMessageContaining("synchronous_commit=off")
                .hasMessageContaining("full_page_writes=off").hasMessageContaining("accept-data-loss-on-crash");
        assertThat(PostmasterPid.read(platform().databaseDir())).isEmpty();
    }

    @Test
    void onlyTheExplicitAcceptanceOfDataLossLetsItRunWithoutFsync() throws Exception {
        var knowingly = new EmbeddedDatabaseProperties(false, EmbeddedDatabaseRecoveryTests.BINARIES, Duration.ofSeconds(120),
                50, "32MB", false, true);

        try (EmbeddedDatabase database = EmbeddedDatabase.open(platform(), knowingly);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement(); ResultSet fsync = statement.executeQuery("show fsync")) {
            fsync.next();
            assertThat(fsync.getString(1)).isEqualTo("off");
        }
    }

    private PlatformProperties platform() {
        return new PlatformProperties(dataDir, null, "http://localhost");
    }
}
