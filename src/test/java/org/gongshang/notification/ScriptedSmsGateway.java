package org.gongshang.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An SMS gateway that fails as often as a test tells it to, and remembers what it delivered. */
class ScriptedSmsGateway implements SmsGateway {

    record Delivery(String messageId, String phone, String text) {
    }

    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    /** The next {@code times} SMS to the phone fail, as if the provider were down. */
    void failNext(String phone, int times) {
        failuresLeft.put(phone, new AtomicInteger(times));
    }

    List<Delivery> deliveredTo(String phone) {
        return deliveries.stream().filter(delivery -> delivery.phone().equals(phone)).toList();
    }

    @Override
    public void send(String messageId, String phone, String text) {
        AtomicInteger left = failuresLeft.get(phone);
        if (left != null && left.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            throw new SmsNotSent("The provider is down (scripted)");
        }
        deliveries.add(new Delivery(messageId, phone, text));
    }
}
