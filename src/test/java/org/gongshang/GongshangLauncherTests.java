package org.gongshang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GongshangLauncherTests {

    @TempDir
    Path jdks;

    @Test
    void theFeatureVersionIsReadFromTheJdksReleaseFile() throws Exception {
        assertThat(GongshangLauncher.feature(jdk("temurin-25", "25.0.3"))).isEqualTo(25);
        assertThat(GongshangLauncher.feature(jdk("openjdk-17", "17.0.15"))).isEqualTo(17);
        assertThat(GongshangLauncher.feature(jdk("ancient", "1.8.0_402"))).isEqualTo(8);
        assertThat(GongshangLauncher.feature(jdks.resolve("missing"))).isZero();
    }

    @Test
    void theJdkThatRunsTheTestsIsFoundAsNewEnough() {
        assertThat(GongshangLauncher.findJava()).isPresent();
    }

    private Path jdk(String name, String version) throws Exception {
        Path home = Files.createDirectories(jdks.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
