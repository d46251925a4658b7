package org.gongshang.identity;

/** How a login attempt ended. */
public sealed interface LoginOutcome {

    /** Name and secret were right; a second factor may still be due. */
    record Success(long accountId) implements LoginOutcome {
    }

    /** Unknown name or wrong secret; which one is not said. */
    record BadCredentials() implements LoginOutcome {
    }

    /** Too many wrong passwords; try again after the given minutes. */
    record Locked(long minutesLeft) implements LoginOutcome {
    }

    /** An admin disabled the account. */
    record Disabled() implements LoginOutcome {
    }
}
