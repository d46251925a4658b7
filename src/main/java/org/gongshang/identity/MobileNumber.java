package org.gongshang.identity;

import org.gongshang.shared.privacy.Masking;

/**
 * A mainland China mobile number (11 digits starting 13-19). Spaces, dashes and a +86 or 0086
 * prefix are removed before checking.
 */
public record MobileNumber(String value) {

    public MobileNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a mainland mobile number");
        }
    }

    public static boolean isValid(String normalised) {
        return normalised.matches("1[3-9][0-9]{9}");
    }

    public static String normalise(String input) {
        String digits = input.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return digits;
    }

    public static MobileNumber parse(String input) {
        return new MobileNumber(normalise(input));
    }

    @Override
    public String toString() {
        return Masking.phone(value);
    }
}
