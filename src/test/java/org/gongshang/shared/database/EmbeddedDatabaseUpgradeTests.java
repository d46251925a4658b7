package org.gongshang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.gongshang.shared.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster made by an earlier version (zonky's defaults: every local user trusted as superuser,
 * everything owned by the superuser) is locked down on its first start by this version, with its
 * data kept and handed to the application's role.
 */
class EmbeddedDatabaseUpgradeTests {

    @TempDir
    Path dataDir;

    @Test
    void aTrustingClusterOfAnEarlierVersionGetsPasswordsAndKeepsItsData() throws Exception {
        PostgresCluster earlier = earlierVersionWithData();
        var platform = new PlatformProperties(dataDir, null, "http://localhost");

        try (EmbeddedDatabase database = EmbeddedDatabase.open(platform, settings())) {
            try (Connection application = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 Statement statement = application.createStatement()) {
                assertThat(single(statement, "select string_agg(name, ',' order by id) from topic")).isEqualTo("电梯,停车");
                assertThat(single(statement, "select tableowner from pg_tables where tablename = 'topic'")).isEqualTo("gongshang");
                assertThat(single(statement, "select pg_get_userbyid(datdba) from pg_database where datname = 'gongshang'"))
                        .isEqualTo("gongshang");
                // The owner may change its tables, as Flyway's next migration will.
                statement.execute("alter table topic add column note text");
                statement.execute("insert into topic (name) values ('绿化')");
            }
            int port = earlier.runningPort().orElseThrow();
            assertThatThrownBy(() -> connect(port, "postgres", null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, "postgres", "")).isInstanceOf(SQLException.class);
        }
    }

    private PostgresCluster earlierVersionWithData() throws Exception {
        PostgresCluster cluster = new PostgresCluster(PostgresBinaries.in(EmbeddedDatabaseRecoveryTests.BINARIES),
                dataDir.resolve("postgres"));
        Process initdb = new ProcessBuilder(cluster.binaries().command("initdb", "-D", cluster.directory().toString(),
                "-U", "postgres", "-A", "trust", "-E", "UTF-8")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(initdb.waitFor(120, TimeUnit.SECONDS) && initdb.exitValue() == 0).isTrue();
        int port = PostgresCluster.freePort();
        cluster.start(port, settings());
        try (Connection superuser = connect(port, "postgres", null); Statement statement = superuser.createStatement()) {
            statement.execute("create database gongshang encoding 'UTF8' template template0");
        }
        try (Connection superuser = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/gongshang?user=postgres");
             Statement statement = superuser.createStatement()) {
            statement.execute("create table topic (id bigint generated always as identity primary key, name text not null)");
            statement.execute("insert into topic (name) values ('电梯'), ('停车')");
        }
        cluster.stop("fast", Duration.ofSeconds(60));
        return cluster;
    }

    static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    private static EmbeddedDatabaseProperties settings() {
        return EmbeddedDatabaseProperties.defaults().withBinariesDir(EmbeddedDatabaseRecoveryTests.BINARIES);
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
