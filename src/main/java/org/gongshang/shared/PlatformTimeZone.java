package org.gongshang.shared;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sets the platform's zone from {@code gongshang.time-zone} as soon as the configuration is read,
 * before any bean exists: formatters kept in constants and the templates must never see another.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class PlatformTimeZone implements EnvironmentPostProcessor {

    static final String PROPERTY = "gongshang.time-zone";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, Zones.DEFAULT.getId());
        try {
            Zones.use(ZoneId.of(configured.strip()));
        } catch (DateTimeException unknown) {
            throw new IllegalStateException(PROPERTY + "=" + configured + " is no time zone (e.g. Asia/Shanghai)", unknown);
        }
    }
}
