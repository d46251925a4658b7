package org.gongshang.deliberation.polis;

/** A Pol.is export file that cannot be read: a missing column or a value that is not a number. */
public class PolisFormatException extends RuntimeException {

    public PolisFormatException(String message) {
        super(message);
    }
}
