package org.gongshang.notification.internal;

import org.gongshang.notification.Channel;
import org.gongshang.notification.SmsGateway;
import org.gongshang.notification.SmsGateway.Handover;
import org.gongshang.notification.SmsGateway.Sms;
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
    public Handover send(OutboxMessage message, String phone) {
        if (message.body() == null) {
            throw new IllegalStateException("The text of " + message.id() + " was forgotten");
        }
        return gateway.send(new Sms(message.id().toString(), phone, message.kind(), message.body(), message.smsValues()));
    }
}
