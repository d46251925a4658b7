package org.gongshang.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.gongshang.shared.PlatformProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated personal-data key lives in keys/, apart from the database, readable by its owner only. */
class PersonalDataKeyFileTests {

    @TempDir
    Path dataDir;

    @Test
    void theKeyOfAnEarlierVersionIsMovedOutOfTheDataDirectoryIntoKeys() throws Exception {
        Path earlier = Files.writeString(dataDir.resolve("pii.key"), "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n");
        var cipherBefore = new PersonalDataCipher(PersonalDataKeys.fromFile(earlier));
        byte[] stored = cipherBefore.encrypt("11010519491231002X");

        Path file = PersonalDataConfiguration.keyFile(new PersonalDataProperties(null, null), platform());

        assertThat(file).isEqualTo(dataDir.resolve("keys/pii.key").toAbsolutePath());
        assertThat(earlier).doesNotExist();
        assertThat(new PersonalDataCipher(PersonalDataKeys.fromFile(file)).decrypt(stored)).isEqualTo("11010519491231002X");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyFileInsideTheDatabaseDirectoryIsRefused() {
        var inside = new PersonalDataProperties(null, dataDir.resolve("postgres/pii.key"));

        assertThatThrownBy(() -> PersonalDataConfiguration.keyFile(inside, platform()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("apart from the database");
    }

    @Test
    void aConfiguredKeyFileIsUsedWhereItIs() {
        Path elsewhere = dataDir.resolve("vault/gongshang.key");

        Path file = PersonalDataConfiguration.keyFile(new PersonalDataProperties(null, elsewhere), platform());

        assertThat(file).isEqualTo(elsewhere.toAbsolutePath());
    }

    @Test
    void aKeyFileMadeReadableByOthersIsRestrictedAgainOnRead() throws Exception {
        Path file = dataDir.resolve("keys/pii.key");
        PersonalDataKeys.fromFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        PersonalDataKeys.fromFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    private PlatformProperties platform() {
        return new PlatformProperties(dataDir, null, "http://localhost");
    }
}
