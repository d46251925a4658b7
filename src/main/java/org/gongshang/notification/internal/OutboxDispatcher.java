package org.gongshang.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongshang.notification.Channel;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway;
import org.gongshang.notification.SmsGateway.SmsRejected;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox messages, one per transaction: the row is claimed with {@code FOR UPDATE SKIP
 * LOCKED}, handed to its channel, and marked SENT in the same transaction, so that two nodes never
 * send it at once. A failure is recorded and the message waits with exponential back-off; after the
 * last try it is FAILED and listed for admins; a message the provider refused for good (an invalid
 * number, a template refused) is FAILED at once. Should the marking fail after a successful hand-over,
 * the message is sent again later with the same id, which gateways use to drop the repeat.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ERROR = 500;

    private final OutboxStore outbox;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final PersonalDataCipher cipher;
    private final NotificationProperties properties;
    private final BackOff backOff;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxDispatcher(OutboxStore outbox, List<ChannelSender> senders, PersonalDataCipher cipher,
            NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.cipher = cipher;
        this.properties = properties;
        this.backOff = new BackOff(properties.retryBaseDelay(), properties.retryMaxDelay());
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends due messages, at most one batch; returns how many were tried. */
    int dispatchDue() {
        int tried = 0;
        while (tried < properties.dispatchBatch()) {
            Boolean found = transaction.execute(status -> outbox.claimDue(clock.instant()).map(message -> {
                deliver(message);
                return true;
            }).orElse(false));
            if (!Boolean.TRUE.equals(found)) {
                break;
            }
            tried++;
        }
        return tried;
    }

    /** Tries these messages now, if due and not being sent elsewhere; the rest waits for {@link #dispatchDue}. */
    void dispatchNow(Collection<UUID> ids) {
        for (UUID id : ids) {
            transaction.executeWithoutResult(status -> outbox.claim(id, clock.instant()).ifPresent(this::deliver));
        }
    }

    private void deliver(OutboxMessage message) {
        Instant now = clock.instant();
        if (message.expiredAt(now)) {
            outbox.finish(message.id(), OutboxStatus.EXPIRED, message.attempts(), "expired before it could be sent");
            log.info("Outbox message {} expired unsent", message);
            return;
        }
        int attempt = message.attempts() + 1;
        Outcome outcome = trySend(message);
        String error = outcome.error();
        outbox.recordAttempt(message.id(), attempt, now, error);
        if (error == null) {
            outbox.markSent(message.id(), attempt, now, outcome.handover());
            log.debug("Sent {}", message);
        } else if (outcome.refused()) {
            outbox.finish(message.id(), OutboxStatus.FAILED, attempt, error);
            log.warn("The provider refused {}: {}", message, error);
        } else if (attempt >= properties.maxAttempts()) {
            outbox.finish(message.id(), OutboxStatus.FAILED, attempt, error);
            log.warn("Gave up {} after {} tries: {}", message, attempt, error);
        } else {
            Instant next = now.plus(backOff.delayAfter(attempt));
            outbox.scheduleRetry(message.id(), attempt, next, error);
            log.info("Try {} of {} failed ({}); next at {}", attempt, message, error, next);
        }
    }

    /**
     * @param error null when the channel took the message, else what went wrong, with the recipient masked
     * @param refused whether the provider refused the message for good
     */
    private record Outcome(SmsGateway.@Nullable Handover handover, @Nullable String error, boolean refused) {
    }

    /**
     * Any failure of this one message (even one it cannot be decrypted) counts as a failed try, so
     * that it cannot block the messages behind it.
     */
    private Outcome trySend(OutboxMessage message) {
        String recipient = null;
        try {
            ChannelSender sender = senders.get(message.channel());
            if (sender == null) {
                throw new IllegalStateException("No sender for " + message.channel());
            }
            recipient = cipher.decrypt(message.recipientCipher());
            return new Outcome(sender.send(message, recipient), null, false);
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (recipient != null) {
                error = error.replace(recipient, message.recipientMasked());
            }
            return new Outcome(null, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error,
                    e instanceof SmsRejected);
        }
    }
}
