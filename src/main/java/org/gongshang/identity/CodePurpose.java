package org.gongshang.identity;

/** What a one-time SMS code is for; a code only works for its own purpose. */
public enum CodePurpose {
    REGISTER, LOGIN, RESET, SECOND_FACTOR
}
