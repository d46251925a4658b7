package org.gongshang.shared.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongshang.shared.PlatformProperties;
import org.gongshang.shared.demo.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The personal-data key comes from {@code gongshang.pii.key} (base64 of 32 random bytes, e.g. from
 * a secret store). Without it, the embedded default and demo installations use a generated key
 * file, {@code keys/pii.key} in the data directory unless {@code gongshang.pii.key-file} says
 * otherwise; a production installation on an external database refuses to start.
 *
 * <p>The key file never lives in the embedded database's directory, so that a copy of the database
 * is not a copy of the key: a key file left there by an earlier version is moved on start.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);
    static final String KEY_FILE_NAME = "pii.key";

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataProperties properties, PlatformProperties platform,
            DemoMode demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return new PersonalDataCipher(PersonalDataKeys.fromBase64(properties.key()));
        }
        if (!datasourceUrl.isBlank() && !demo.isOn()) {
            throw new IllegalStateException("Set gongshang.pii.key (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)"
                    + " to encrypt ID numbers and phones; it must stay the same for the life of the database.");
        }
        Path file = keyFile(properties, platform);
        log.info("Personal data is encrypted with the key in {}; keep a copy of it apart from the database's backups",
                file);
        return new PersonalDataCipher(PersonalDataKeys.fromFile(file));
    }

    static Path keyFile(PersonalDataProperties properties, PlatformProperties platform) {
        Path file = (properties.keyFile() != null ? properties.keyFile() : platform.keysDir().resolve(KEY_FILE_NAME))
                .toAbsolutePath().normalize();
        if (file.startsWith(platform.databaseDir())) {
            throw new IllegalStateException("gongshang.pii.key-file " + file + " lies in the database's directory "
                    + platform.databaseDir() + ": keep the key apart from the database, so that a copy of one is not a copy of both.");
        }
        Path earlier = platform.dataDir().resolve(KEY_FILE_NAME).toAbsolutePath().normalize();
        if (!Files.exists(file) && Files.exists(earlier) && !earlier.equals(file)) {
            try {
                PrivateFiles.directory(file.getParent());
                Files.move(earlier, file);
                log.warn("Moved the personal-data key from {} to {}", earlier, file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not move the personal-data key from " + earlier + " to " + file, e);
            }
        }
        return file;
    }
}
