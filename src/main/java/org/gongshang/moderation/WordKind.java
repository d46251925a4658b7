package org.gongshang.moderation;

/** A sensitive word, or a harmless phrase that contains one (whitelist). */
public enum WordKind {
    SENSITIVE, WHITELISTED
}
