package org.gongshang.identity;

/** Personal data that is shown in full only to an admin who states why. */
public enum PersonalField {
    ID_NUMBER, PHONE
}
