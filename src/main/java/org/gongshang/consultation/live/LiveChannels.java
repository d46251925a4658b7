package org.gongshang.consultation.live;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The live channels of all sessions on this node: per consultation, its subscribers grouped by
 * audience (the JSON API, the page in Chinese, the page in English, the facilitator's console).
 * A publisher renders an event once per audience that has subscribers, and the frame is queued for
 * each of them without waiting for any.
 */
public final class LiveChannels {

    private final int subscriberBuffer;
    private final Duration linger;
    private final Map<Long, Map<String, Set<LiveSubscription>>> channels = new ConcurrentHashMap<>();

    public LiveChannels(int subscriberBuffer) {
        this(subscriberBuffer, Duration.ZERO);
    }

    /** @param linger how long a writer waits for more frames before it writes and flushes them together */
    public LiveChannels(int subscriberBuffer, Duration linger) {
        this.subscriberBuffer = subscriberBuffer;
        this.linger = linger;
    }

    public LiveSubscription subscribe(long consultationId, String audience, LiveSink sink) {
        LiveSubscription[] holder = new LiveSubscription[1];
        // Added under the channel's lock, so that the clean-up in heartbeat() cannot drop a channel being joined.
        channels.compute(consultationId, (id, channel) -> {
            Map<String, Set<LiveSubscription>> joined = channel == null ? new ConcurrentHashMap<>() : channel;
            Set<LiveSubscription> set = joined.computeIfAbsent(audience, a -> ConcurrentHashMap.newKeySet());
            holder[0] = new LiveSubscription(audience, sink, subscriberBuffer, linger, () -> set.remove(holder[0]));
            set.add(holder[0]);
            return joined;
        });
        return holder[0];
    }

    /** The audiences that currently have subscribers: only these need the event rendered. */
    public Set<String> audiences(long consultationId) {
        Map<String, Set<LiveSubscription>> channel = channels.get(consultationId);
        if (channel == null) {
            return Set.of();
        }
        return channel.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Renders the event for each audience with subscribers (once each) and queues it for all of them. */
    public void publish(long consultationId, String event, Function<String, String> dataForAudience) {
        Map<String, Set<LiveSubscription>> channel = channels.get(consultationId);
        if (channel == null) {
            return;
        }
        channel.forEach((audience, subscribers) -> {
            if (!subscribers.isEmpty()) {
                LiveFrame frame = LiveFrame.of(event, dataForAudience.apply(audience));
                subscribers.forEach(subscriber -> subscriber.offer(frame));
            }
        });
    }

    public void publish(long consultationId, String audience, LiveFrame frame) {
        Map<String, Set<LiveSubscription>> channel = channels.get(consultationId);
        if (channel != null) {
            channel.getOrDefault(audience, Set.of()).forEach(subscriber -> subscriber.offer(frame));
        }
    }

    /** A comment to every subscriber, so that proxies keep idle streams open and dead ones are noticed. */
    public void heartbeat() {
        LiveFrame beat = LiveFrame.heartbeat();
        channels.values().forEach(channel -> channel.values().forEach(set -> set.forEach(s -> s.offer(beat))));
        for (Long id : channels.keySet()) {
            channels.computeIfPresent(id, (key, channel) -> channel.values().stream().allMatch(Set::isEmpty) ? null : channel);
        }
    }

    public int subscribers(long consultationId) {
        Map<String, Set<LiveSubscription>> channel = channels.get(consultationId);
        return channel == null ? 0 : channel.values().stream().mapToInt(Set::size).sum();
    }
}
