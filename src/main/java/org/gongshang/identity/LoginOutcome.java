package org.gongshang.identity;

/** How a login attempt ended. */
public sealed interface LoginOutcome {

    /** Name and secret were right; a second factor may still be due. */
    record Success(long accountId) implements LoginOutcome {
    }

    /** Unknown name or wrong secret; which one is not said. */
    record BadCredentials() implements LoginOutcome {
    }

    /** Too many wrong passwords lately: the next try must wait this long (an SMS code works at once). */
    record Delayed(long secondsLeft) implements LoginOutcome {
    }

    /** An admin disabled the account. */
    record Disabled() implements LoginOutcome {
    }
}
