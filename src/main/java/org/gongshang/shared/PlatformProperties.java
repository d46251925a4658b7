package org.gongshang.shared;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files and whether it runs as a demonstration.
 *
 * @param dataDir where the embedded database, the generated personal-data key and uploads live
 * @param demo demo mode: demo data, the visible development SMS gateway, single-factor staff login;
 *     unset means "on for the embedded database, off for an external one"
 * @param baseUrl the address people reach the platform at, used in links in messages and QR codes
 */
@ConfigurationProperties("gongshang")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable Boolean demo,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
