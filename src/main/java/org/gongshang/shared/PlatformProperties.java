package org.gongshang.shared;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files and whether it runs as a demonstration.
 *
 * @param dataDir where the embedded database ({@code postgres/}), the generated keys and passwords
 *     ({@code keys/}) and uploads live
 * @param demo demo mode: demo data, the visible development SMS gateway, single-factor staff login;
 *     unset means "on for the embedded database, off for an external one"
 * @param baseUrl the address people reach the platform at, used in links in messages and QR codes;
 *     unset, pages derive it from each request ({@code shared.web.PublicAddress})
 */
@ConfigurationProperties("gongshang")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable Boolean demo,
        @Nullable String baseUrl) {

    /** The embedded PostgreSQL's cluster: what a copy of "the database" is. */
    public Path databaseDir() {
        return dataDir.resolve("postgres").toAbsolutePath().normalize();
    }

    /** Generated secrets, apart from the database so that a copy of the one is not a copy of the other. */
    public Path keysDir() {
        return dataDir.resolve("keys").toAbsolutePath().normalize();
    }
}
