package org.gongshang.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.gongshang.shared.PlatformProperties;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo mode (published passwords, visible SMS) only when asked for, and never on a real installation by mistake. */
@GongshangTest
class DemoModeTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Api api;

    @Test
    void demoModeIsOffUnlessAskedForEvenOnTheEmbeddedDatabase() {
        assertThat(new DemoMode(platform(null)).isOn()).isFalse();
        assertThat(new DemoMode(platform(false)).isOn()).isFalse();
        assertThat(new DemoMode(platform(true)).isOn()).isTrue();
    }

    @Test
    void aDatabaseWithDemoDataIsRefusedOutsideDemoMode() {
        var realInstallation = new DemoData(new DemoMode(platform(null)), List.of(), jdbc, transaction, "");

        assertThatThrownBy(realInstallation::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--gongshang.demo=true");
    }

    @Test
    void theDemoSmsListsNothingToAnyoneWithoutAPhone() {
        var all = api.anonymous().get("/api/v1/dev/sms");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().isEmpty()).isTrue();
    }

    private static PlatformProperties platform(Boolean demo) {
        return new PlatformProperties(Path.of("target/unused"), demo, "http://localhost");
    }
}
