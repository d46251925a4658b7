package org.gongshang.consultation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.Consensus;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Opinions;
import org.gongshang.consultation.Participants;
import org.gongshang.consultation.Speaking;
import org.gongshang.consultation.Turn;
import org.gongshang.consultation.VoteChoice;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.consultation.live.LiveChannels;
import org.gongshang.consultation.live.LiveFrame;
import org.gongshang.consultation.live.LiveSubscription;
import org.gongshang.consultation.live.ServletLiveSink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each committed change of a session to its followers: the state is read once, then rendered
 * once per audience that is listening — JSON for the API, HTML fragments for the participants' page
 * and for the facilitator's console, in Chinese and in English — and fanned out by {@link LiveChannels}.
 */
@Component
class LivePublisher {

    static final String JSON = "json";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LivePublisher.class);
    static final int STREAM_LENGTH = 30;
    /** Streams end after this; browsers reconnect on their own (EventSource) and get the current state. */
    private static final long STREAM_TIMEOUT_MILLIS = 30L * 60 * 1000;
    private static final String FRAGMENTS = "consultation/live-fragments";

    private final LiveChannels channels;
    private final Consultations consultations;
    private final Speaking speaking;
    private final Participants participants;
    private final Opinions opinions;
    private final Consensus consensus;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final Clock clock;

    LivePublisher(LiveChannels channels, Consultations consultations, Speaking speaking, Participants participants,
            Opinions opinions, Consensus consensus, ITemplateEngine templates, JsonMapper json, Clock clock) {
        this.channels = channels;
        this.consultations = consultations;
        this.speaking = speaking;
        this.participants = participants;
        this.opinions = opinions;
        this.consensus = consensus;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
    }

    /** The audience of a page: participants' view or console, in the viewer's language. */
    static String pageAudience(boolean console, Locale locale) {
        return (console ? "console:" : "page:") + ("en".equals(locale.getLanguage()) ? "en" : "zh");
    }

    /** Starts the request's event stream and subscribes it; the request thread returns at once. */
    void subscribe(Consultation consultation, String audience, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LiveSubscription subscription = channels.subscribe(consultation.id(), audience,
                ServletLiveSink.start(request, response, STREAM_TIMEOUT_MILLIS));
        // The first frame tells the client it is connected (and, for the API, where things stand).
        String hello = JSON.equals(audience) ? json.writeValueAsString(snapshot(view(consultation.id()))) : "";
        subscription.offer(LiveFrame.of("hello", hello));
    }

    /**
     * Runs after the act committed, on the thread of the act. Live updates are best effort: a failure
     * here is logged and does not fail the act, and followers get the whole state when they reconnect.
     */
    @TransactionalEventListener
    void on(SessionChanged change) {
        try {
            push(change);
        } catch (RuntimeException failure) {
            log.warn("Live update of consultation {} ({}) not pushed", change.consultationId(), change.what(), failure);
        }
    }

    /** Pushes a change to this node's followers (also for changes other nodes made, see {@link LiveRelay}). */
    void push(SessionChanged change) {
        long id = change.consultationId();
        Set<String> audiences = channels.audiences(id);
        if (audiences.isEmpty()) {
            return;
        }
        LiveView view = view(id);
        List<String> events = switch (change.what()) {
            case STATUS -> List.of("status", "turn", "stats");
            case QUEUE -> List.of("queue");
            case TURN_STARTED, TURN_ENDED -> List.of("turn", "stats", "stream");
            case TURN_CHANGED -> List.of("turn");
            case OPINION -> List.of("stream");
            case CONSENSUS -> List.of("consensus");
            case ATTENDANCE -> List.of("stats", "queue", "consensus");
        };
        Map<String, Object> subject = subject(change, view);
        for (String event : events) {
            Map<String, String> rendered = new HashMap<>();
            channels.publish(id, event, audience -> rendered.computeIfAbsent(audience, a -> render(a, event, view, subject)));
        }
    }

    private Map<String, Object> subject(SessionChanged change, LiveView view) {
        Map<String, Object> subject = new HashMap<>();
        switch (change.what()) {
            case TURN_STARTED, TURN_ENDED -> speaking.turns(view.consultation().id()).stream()
                    .filter(t -> t.id() == change.subjectId()).findFirst()
                    .ifPresent(t -> subject.put("entry", LiveView.StreamEntry.of(t, view.now())));
            case OPINION -> opinions.list(view.consultation().id()).stream().filter(o -> o.id() == change.subjectId())
                    .findFirst().ifPresent(o -> subject.put("entry", LiveView.StreamEntry.of(o)));
            default -> {
            }
        }
        return subject;
    }

    private String render(String audience, String event, LiveView view, Map<String, Object> subject) {
        if (JSON.equals(audience)) {
            Object data = switch (event) {
                case "status" -> Map.of("status", view.consultation().status(), "reason",
                        String.valueOf(view.consultation().statusReason()));
                case "turn" -> view.turn().<Object>map(t -> t).orElse(Map.of());
                case "queue" -> view.queue();
                case "stats" -> view.stats();
                case "consensus" -> view.items();
                case "stream" -> subject.getOrDefault("entry", Map.of());
                default -> Map.of();
            };
            return json.writeValueAsString(data);
        }
        String[] parts = audience.split(":");
        Context context = new Context("en".equals(parts[1]) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        context.setVariable("view", view);
        context.setVariable("console", parts[0].equals("console"));
        context.setVariable("entry", subject.get("entry"));
        String html = templates.process(FRAGMENTS, Set.of(event), context);
        // One line per frame keeps the fragment whole in the sse extension; newlines in text stay as entities.
        return html.replace("\r", "").replace("\n", " ");
    }

    /** Reads the live state of a session. */
    LiveView view(long consultationId) {
        Consultation consultation = consultations.find(consultationId).orElseThrow();
        Instant now = clock.instant();
        List<ConsensusItem> items = consensus.items(consultationId);
        Map<Long, Map<VoteChoice, Integer>> votes = new HashMap<>();
        items.stream().filter(i -> i.status() == ConsensusItem.Status.VOTING).forEach(i -> votes.put(i.id(), consensus.counts(i.id())));
        List<Turn> turns = speaking.turns(consultationId);
        List<LiveView.StreamEntry> stream = new ArrayList<>();
        turns.forEach(t -> stream.add(LiveView.StreamEntry.of(t, now)));
        opinions.list(consultationId).forEach(o -> stream.add(LiveView.StreamEntry.of(o)));
        stream.sort(Comparator.comparing(LiveView.StreamEntry::at).reversed());
        return new LiveView(consultation, turns.stream().filter(Turn::isRunning).findFirst(), speaking.queue(consultationId),
                speaking.statistics(consultationId), items, votes, participants.attendees(consultationId),
                consultations.agenda(consultationId), stream.subList(0, Math.min(STREAM_LENGTH, stream.size())), now);
    }

    private static Map<String, Object> snapshot(LiveView view) {
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("status", view.consultation().status());
        view.turn().ifPresent(t -> snapshot.put("turn", t));
        snapshot.put("queue", view.queue());
        snapshot.put("stats", view.stats());
        snapshot.put("consensus", view.items());
        return snapshot;
    }

}
