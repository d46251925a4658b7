package org.gongshang.identity;

/**
 * What a one-time SMS code is for; a code only works for its own purpose. PHONE_CHANGE codes go to
 * both the phone on record and the new one: a phone is replaced only with both.
 */
public enum CodePurpose {
    REGISTER, LOGIN, RESET, SECOND_FACTOR, PHONE_CHANGE
}
