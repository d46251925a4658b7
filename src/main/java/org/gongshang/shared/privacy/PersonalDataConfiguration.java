package org.gongshang.shared.privacy;

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
 * file {@code pii.key} in the data directory; a production installation refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${gongshang.pii.key:}") String key, PlatformProperties platform,
            DemoMode demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        if (!key.isBlank()) {
            return new PersonalDataCipher(PersonalDataKeys.fromBase64(key));
        }
        if (!datasourceUrl.isBlank() && !demo.isOn()) {
            throw new IllegalStateException("Set gongshang.pii.key (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)"
                    + " to encrypt ID numbers and phones; it must stay the same for the life of the database.");
        }
        var file = platform.dataDir().resolve("pii.key");
        log.info("Personal data is encrypted with the key in {}", file.toAbsolutePath());
        return new PersonalDataCipher(PersonalDataKeys.fromFile(file));
    }
}
