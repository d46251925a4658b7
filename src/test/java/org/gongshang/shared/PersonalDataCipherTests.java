package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.shared.privacy.PersonalDataKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTests {

    @TempDir
    Path dataDir;

    @Test
    void aValueSurvivesTheRoundTripThroughAKeyFileAcrossRestarts() {
        Path keyFile = dataDir.resolve("pii.key");
        byte[] stored = new PersonalDataCipher(PersonalDataKeys.fromFile(keyFile)).encrypt("11010519491231002X");

        var afterRestart = new PersonalDataCipher(PersonalDataKeys.fromFile(keyFile));

        assertThat(afterRestart.decrypt(stored)).isEqualTo("11010519491231002X");
    }

    @Test
    void theGeneratedKeyFileIsReadableByItsOwnerOnly() throws Exception {
        Path keyFile = dataDir.resolve("pii.key");
        PersonalDataKeys.fromFile(keyFile);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
    }

    @Test
    void theCiphertextNeverContainsTheValueAndDiffersEachTime() {
        var cipher = cipher();
        byte[] first = cipher.encrypt("13800138000");
        byte[] second = cipher.encrypt("13800138000");

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13800138000");
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] stored = cipher().encrypt("13800138000");

        assertThatThrownBy(() -> cipher().decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void analteredCiphertextIsRefused() {
        var cipher = cipher();
        byte[] stored = cipher.encrypt("13800138000");
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLookupHashIsStableForOneKeyAndDiffersBetweenKeys() {
        var keys = PersonalDataKeys.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(new PersonalDataCipher(keys).lookupHash("13800138000"))
                .isEqualTo(new PersonalDataCipher(keys).lookupHash("13800138000"))
                .isNotEqualTo(cipher().lookupHash("13800138000"));
    }

    @Test
    void idNumbersAndPhonesAreMaskedAsTheStandardShows() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
    }

    private PersonalDataCipher cipher() {
        return new PersonalDataCipher(PersonalDataKeys.fromFile(dataDir.resolve(System.nanoTime() + ".key")));
    }
}
