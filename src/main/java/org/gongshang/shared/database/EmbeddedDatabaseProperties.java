package org.gongshang.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used when no {@code spring.datasource.url} is set.
 *
 * @param clean start from an empty database (tests)
 * @param binariesDir where PostgreSQL's programs are unpacked; unset means {@code runtime/} in the data directory
 * @param startupTimeout how long a start may take, crash recovery included
 * @param maxConnections PostgreSQL's {@code max_connections}
 * @param sharedBuffers PostgreSQL's {@code shared_buffers}
 * @param durable {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on; off only together
 *     with {@code acceptDataLossOnCrash}, which only a test configuration may set
 * @param acceptDataLossOnCrash says that whoever turned durability off knows that a crash may lose or corrupt data
 */
@ConfigurationProperties("gongshang.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("false") boolean clean,
        @Nullable Path binariesDir,
        @DefaultValue("120s") Duration startupTimeout,
        @DefaultValue("300") int maxConnections,
        @DefaultValue("128MB") String sharedBuffers,
        @DefaultValue("true") boolean durable,
        @DefaultValue("false") boolean acceptDataLossOnCrash) {

    /** The defaults, for the commands and tests that start a database without Spring. */
    public static EmbeddedDatabaseProperties defaults() {
        return new EmbeddedDatabaseProperties(false, null, Duration.ofSeconds(120), 300, "128MB", true, false);
    }

    public EmbeddedDatabaseProperties withClean(boolean clean) {
        return new EmbeddedDatabaseProperties(clean, binariesDir, startupTimeout, maxConnections, sharedBuffers, durable,
                acceptDataLossOnCrash);
    }

    public EmbeddedDatabaseProperties withBinariesDir(Path binariesDir) {
        return new EmbeddedDatabaseProperties(clean, binariesDir, startupTimeout, maxConnections, sharedBuffers, durable,
                acceptDataLossOnCrash);
    }
}
