package org.gongshang.shared.demo;

import org.gongshang.shared.PlatformProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demonstration: on by default for the embedded database, off for
 * an external PostgreSQL unless {@code gongshang.demo=true}. Demo mode loads demo data, shows SMS
 * at {@code /dev/sms}, and lets staff log in with a password alone.
 */
@Component
public class DemoMode {

    private final boolean on;

    DemoMode(PlatformProperties platform, Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        boolean embedded = url == null || url.isBlank();
        this.on = platform.demo() != null ? platform.demo() : embedded;
    }

    public boolean isOn() {
        return on;
    }
}
