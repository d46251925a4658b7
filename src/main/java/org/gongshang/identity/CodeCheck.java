package org.gongshang.identity;

/** The result of checking a one-time code. */
public enum CodeCheck {
    /** Correct; the code is now used up. */
    ACCEPTED,
    /** Wrong; the code stays valid until its tries run out. */
    WRONG,
    /** No usable code: never sent, expired, used, or void after too many wrong tries. */
    VOID;

    public String messageKey() {
        return this == WRONG ? "identity.code.wrong" : "identity.code.void";
    }
}
