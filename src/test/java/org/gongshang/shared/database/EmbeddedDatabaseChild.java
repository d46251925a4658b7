package org.gongshang.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.gongshang.shared.PlatformProperties;

/**
 * A JVM of its own that opens the embedded database of a data directory, writes one row and waits to
 * be killed: what a Gongshang killed with {@code kill -9} leaves behind. Arguments: the data
 * directory, the binaries directory, the value to write.
 */
public final class EmbeddedDatabaseChild {

    public static void main(String[] args) throws Exception {
        var platform = new PlatformProperties(Path.of(args[0]), null, "http://localhost");
        var database = EmbeddedDatabase.open(platform, EmbeddedDatabaseProperties.defaults().withBinariesDir(Path.of(args[1])));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists survivor (value text not null)");
            statement.execute("insert into survivor values ('" + args[2] + "')");
        }
        System.out.println("READY " + database.watchdogPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
