package org.gongshang.notification.internal;

import org.gongshang.notification.Channel;

/** Hands an outbox message to its channel; throws when it could not, so that it is tried again. */
interface ChannelSender {

    Channel channel();

    /** @param recipient the decrypted phone or email address */
    void send(OutboxMessage message, String recipient);
}
