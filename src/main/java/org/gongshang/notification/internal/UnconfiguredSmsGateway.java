package org.gongshang.notification.internal;

import org.gongshang.notification.SmsGateway;

/**
 * Outside demo mode with no gateway configured: SMS stay in the outbox, retried and finally listed
 * as failed for admins, rather than being dropped; once a gateway is configured they can be retried.
 */
class UnconfiguredSmsGateway implements SmsGateway {

    @Override
    public Handover send(Sms sms) {
        throw new SmsNotSent("No SMS gateway is configured (gongshang.notification.sms.url-template)");
    }
}
