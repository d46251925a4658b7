package org.gongshang.shared.privacy;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the personal-data key comes from.
 *
 * @param key base64 of 32 random bytes, e.g. from a secret store ({@code GONGSHANG_PII_KEY}); wins over the file
 * @param keyFile the generated key's file; unset means {@code keys/pii.key} in the data directory
 */
@ConfigurationProperties("gongshang.pii")
public record PersonalDataProperties(@Nullable String key, @Nullable Path keyFile) {
}
