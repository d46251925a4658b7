package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.gongshang.identity.ResidentIdNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

    @Test
    void theStandardsExampleIsValid() {
        assertThat(ResidentIdNumber.check("11010519491231002X")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105198001010016", "511702199003071238", "511703198506152349", "440304199912318885"})
    void numbersWithTheRightCheckDigitAreValid(String number) {
        assertThat(ResidentIdNumber.check(number)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(ResidentIdNumber.check("110105194912310021")).contains(Problem.CHECK_DIGIT);
        assertThat(ResidentIdNumber.check("511702199003071239")).contains(Problem.CHECK_DIGIT);
    }

    @Test
    void aLowercaseXIsAcceptedAndStoredUppercase() {
        ResidentIdNumber number = ResidentIdNumber.parse(" 11010519491231002x ");
        assertThat(number.value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194902301234", "110105194913011234", "110105194900011234", "110105189912311234",
            "110105299912311234"})
    void impossibleOrFutureBirthDatesAreRefused(String number) {
        assertThat(ResidentIdNumber.check(number)).contains(Problem.BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002XX", "A1010519491231002X", "11010519491231X02X",
            "010105194912310021"})
    void wrongShapesAreRefused(String number) {
        assertThat(ResidentIdNumber.check(number)).contains(Problem.FORMAT);
    }

    @Test
    void theBirthDateIsReadFromTheNumber() {
        assertThat(ResidentIdNumber.parse("11010519491231002X").birthDate()).hasToString("1949-12-31");
    }

    @Test
    void anInvalidNumberCannotBeConstructed() {
        assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itPrintsMasked() {
        assertThat(ResidentIdNumber.parse("11010519491231002X")).hasToString("110105********002X");
        assertThat(Optional.of(ResidentIdNumber.parse("11010519491231002X")).map(ResidentIdNumber::value))
                .contains("11010519491231002X");
    }
}
