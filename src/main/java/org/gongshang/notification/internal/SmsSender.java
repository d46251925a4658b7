package org.gongshang.notification.internal;

import org.gongshang.notification.Channel;
import org.gongshang.notification.SmsGateway;
import org.springframework.stereotype.Component;

@Component
class SmsSender implements ChannelSender {

    private final SmsGateway gateway;

    SmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(OutboxMessage message, String phone) {
        if (message.body() == null) {
            throw new IllegalStateException("The text of " + message.id() + " was forgotten");
        }
        gateway.send(message.id().toString(), phone, message.body());
    }
}
