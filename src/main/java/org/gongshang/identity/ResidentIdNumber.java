package org.gongshang.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.gongshang.shared.privacy.Masking;

/**
 * A resident identity card number (公民身份号码) per GB 11643-1999: 6-digit address code, 8-digit
 * birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X). A lowercase x
 * is accepted and stored as X.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Why a number was refused, each with its own message. */
    public enum Problem {
        FORMAT, BIRTH_DATE, CHECK_DIGIT
    }

    public ResidentIdNumber {
        if (check(value).isPresent()) {
            throw new IllegalArgumentException("Not a valid resident ID number");
        }
    }

    /** Parses after normalising case and surrounding spaces; see {@link #check(String)} for the rules. */
    public static ResidentIdNumber parse(String input) {
        return new ResidentIdNumber(normalise(input));
    }

    public static String normalise(String input) {
        return input.strip().toUpperCase(Locale.ROOT);
    }

    /** The first rule the (normalised) number breaks, if any. */
    public static Optional<Problem> check(String number) {
        if (!number.matches("[1-9][0-9]{16}[0-9X]")) {
            return Optional.of(Problem.FORMAT);
        }
        if (birthDateOf(number).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return number.charAt(17) == checkCharacter(number) ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    /** The check character the first 17 digits call for. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Optional<LocalDate> birthDateOf(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now()) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    @Override
    public String toString() {
        return Masking.idNumber(value);
    }
}
