package org.gongshang.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway;
import org.gongshang.notification.SmsGateway.AwaitingReceipt;
import org.gongshang.notification.SmsGateway.Receipt;
import org.gongshang.notification.SmsGateway.SmsNotSent;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches delivery receipts (status reports) of the SMS a provider took and records them on the
 * outbox messages: a message the phone never received is listed for admins next to the failed ones.
 * Run by the persistent scheduler, one node at a time ({@link OutboxSchedule}).
 */
@Component
class SmsReceipts {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(SmsReceipts.class);

    private final SmsGateway gateway;
    private final OutboxStore outbox;
    private final PersonalDataCipher cipher;
    private final NotificationProperties properties;
    private final Clock clock;

    SmsReceipts(SmsGateway gateway, OutboxStore outbox, PersonalDataCipher cipher, NotificationProperties properties,
            Clock clock) {
        this.gateway = gateway;
        this.outbox = outbox;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many receipts were recorded */
    int fetch() {
        if (!gateway.reportsReceipts()) {
            return 0;
        }
        Instant now = clock.instant();
        List<AwaitingReceipt> awaiting = outbox.awaitingReceipt(now.minus(properties.sms().receiptWindow()), BATCH, now).stream()
                .map(m -> new AwaitingReceipt(m.id().toString(), cipher.decrypt(m.recipientCipher()),
                        m.handover().providerId(), m.sentAt()))
                .toList();
        if (awaiting.isEmpty()) {
            return 0;
        }
        List<Receipt> receipts;
        try {
            receipts = gateway.receipts(awaiting);
        } catch (SmsNotSent unreachable) {
            log.warn("Could not fetch SMS receipts: {}", unreachable.getMessage());
            return 0;
        }
        int recorded = 0;
        for (Receipt receipt : receipts) {
            if (outbox.recordReceipt(receipt.providerId(), receipt.delivered(), receipt.detail(), receipt.at(), now)) {
                recorded++;
            }
        }
        return recorded;
    }
}
