package org.gongshang.shared.demo;

import org.gongshang.shared.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demonstration: only when started with {@code gongshang.demo=true}
 * (the README's {@code ./mvnw spring-boot:run} passes it). Demo mode loads demo data, shows SMS at
 * {@code /dev/sms}, and lets staff log in with a password alone, so it must never be a default:
 * {@code java -jar gongshang.jar} alone is a real installation, on whatever database.
 */
@Component
public class DemoMode {

    private final boolean on;

    DemoMode(PlatformProperties platform) {
        this.on = Boolean.TRUE.equals(platform.demo());
    }

    public boolean isOn() {
        return on;
    }
}
