package org.gongshang.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMS gateway that fails as often as a test tells it to, refuses the phones it is told to, and
 * remembers what it delivered; it reports the receipts a test gives it.
 */
class ScriptedSmsGateway implements SmsGateway {

    record Delivery(String messageId, String phone, String text, Map<String, String> values) {
    }

    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final List<List<AwaitingReceipt>> asked = new CopyOnWriteArrayList<>();

    /** The next {@code times} SMS to the phone fail, as if the provider were down. */
    void failNext(String phone, int times) {
        failuresLeft.put(phone, new AtomicInteger(times));
    }

    /** SMS to the phone are refused for good with the provider's code. */
    void refuse(String phone, String code) {
        refused.put(phone, code);
    }

    /** The phone's messages are reported: delivered, or not with the code. */
    void report(String phone, boolean delivered, String code) {
        deliveredTo(phone).forEach(d -> receipts.add(new Receipt("scripted-" + d.messageId(), delivered, code, Instant.now())));
    }

    List<Delivery> deliveredTo(String phone) {
        return deliveries.stream().filter(delivery -> delivery.phone().equals(phone)).toList();
    }

    List<List<AwaitingReceipt>> asked() {
        return asked;
    }

    @Override
    public Handover send(Sms sms) {
        String code = refused.get(sms.phone());
        if (code != null) {
            throw new SmsRejected("Scripted " + code);
        }
        AtomicInteger left = failuresLeft.get(sms.phone());
        if (left != null && left.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            throw new SmsNotSent("The provider is down (scripted)");
        }
        deliveries.add(new Delivery(sms.messageId(), sms.phone(), sms.text(), sms.values()));
        return new Handover("scripted-" + sms.messageId(), 1, "OK");
    }

    @Override
    public List<Receipt> receipts(List<AwaitingReceipt> awaiting) {
        asked.add(List.copyOf(awaiting));
        List<Receipt> reported = List.copyOf(receipts);
        receipts.removeAll(reported);
        return reported;
    }

    @Override
    public boolean reportsReceipts() {
        return true;
    }
}
