package org.gongshang.notification.internal;

import org.gongshang.notification.Channel;
import org.gongshang.notification.SmsGateway.Handover;
import org.jspecify.annotations.Nullable;

/** Hands an outbox message to its channel; throws when it could not, so that it is tried again. */
interface ChannelSender {

    Channel channel();

    /**
     * @param recipient the decrypted phone or email address
     * @return the provider's answer, for channels that have one
     */
    @Nullable Handover send(OutboxMessage message, String recipient);
}
