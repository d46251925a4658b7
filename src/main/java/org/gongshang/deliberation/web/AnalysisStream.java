package org.gongshang.deliberation.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gongshang.deliberation.internal.AnalysisSignal;
import org.gongshang.deliberation.internal.AnalysisUpdated;
import org.gongshang.deliberation.internal.LiveAnalyses;
import org.gongshang.shared.cluster.ClusterSignals;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live views of deliberations: server-sent events, one {@code analysis} event each time there is a
 * new analysis — computed on this node, or on another node and announced by its cluster signal.
 * Pages re-fetch their part on it (htmx SSE extension); API clients get the counts.
 */
@Component
class AnalysisStream {

    /** Browsers reconnect by themselves after this; it bounds how long a dead connection is kept. */
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    AnalysisStream(ClusterSignals signals) {
        signals.subscribe(LiveAnalyses.SIGNAL, signal -> {
            if (!signal.fromThisNode()) {
                on(AnalysisSignal.parse(signal.payload()).updated());
            }
        });
    }

    SseEmitter follow(long deliberationId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        List<SseEmitter> list = listeners.computeIfAbsent(deliberationId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            // A first event, so that the client knows the stream is open.
            emitter.send(SseEmitter.event().name("open").data("{}", MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            list.remove(emitter);
        }
        return emitter;
    }

    int followers(long deliberationId) {
        return listeners.getOrDefault(deliberationId, List.of()).size();
    }

    @EventListener
    void on(AnalysisUpdated updated) {
        List<SseEmitter> list = listeners.get(updated.deliberationId());
        if (list == null) {
            return;
        }
        String data = "{\"participants\":" + updated.participants() + ",\"votes\":" + updated.votes() + ",\"groups\":"
                + updated.groups() + "}";
        for (SseEmitter emitter : list) {
            try {
                emitter.send(SseEmitter.event().name("analysis").data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // The client went away; its completion callback removes it.
                list.remove(emitter);
            }
        }
    }
}
