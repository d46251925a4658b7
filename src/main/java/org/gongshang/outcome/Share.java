package org.gongshang.outcome;

/**
 * An exact fraction such as 1/3, for rules like "more than a third": with a double, one of three
 * would count as more than a third. Written {@code 1/3} in configuration.
 */
public record Share(int numerator, int denominator) {

    public Share {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("A share is n/d with 0 <= n <= d and d > 0: " + numerator + "/" + denominator);
        }
    }

    /** Parses {@code 1/3}; Spring's conversion finds this method for configuration values. */
    public static Share of(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected a share such as 1/3: " + text);
        }
        return new Share(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** Whether {@code part} of {@code whole} is more than this share. */
    public boolean exceededBy(int part, int whole) {
        return (long) part * denominator > (long) numerator * whole;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
