package org.gongshang.notification;

/**
 * What a message is about. People choose channels per kind; the inbox is always on. Only one-time
 * codes and emergencies go by SMS (it costs money and interrupts), and those always: an emergency
 * alert reaches the phone whatever the person chose. Nothing goes by email unless chosen.
 */
public enum MessageKind {
    ACCOUNT(false, false),
    /** One-time codes: always by SMS, never kept, not a choice. */
    CODE(true, false),
    TOPIC(false, false),
    CONSULTATION(false, false),
    OUTCOME(false, false),
    SURVEY(false, false),
    SUPERVISION(false, false),
    EMERGENCY(true, false),
    GENERAL(false, false);

    private final boolean smsByDefault;
    private final boolean emailByDefault;

    MessageKind(boolean smsByDefault, boolean emailByDefault) {
        this.smsByDefault = smsByDefault;
        this.emailByDefault = emailByDefault;
    }

    public ChannelChoice defaultChoice() {
        return new ChannelChoice(this, smsByDefault, emailByDefault);
    }

    /**
     * Whether this kind goes by SMS whatever the person chose: codes, and emergencies (a burst water
     * main must reach the cadre at night, even one who turned SMS off for everything else).
     */
    public boolean alwaysBySms() {
        return this == CODE || this == EMERGENCY;
    }

    /** Whether people choose channels for this kind; codes go to a phone, not to a person's choices. */
    public boolean choosable() {
        return this != CODE;
    }

    /** Messages whose text must not stay in the database once sent (or given up). */
    public boolean secret() {
        return this == CODE;
    }
}
