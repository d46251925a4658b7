package org.gongshang.topic.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Messages;
import org.gongshang.shared.web.Task;
import org.gongshang.shared.web.TaskCounter;
import org.gongshang.topic.HistoryEntry;
import org.gongshang.topic.HistoryKind;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Component;

/**
 * Topics on the home page: 待遴选议题 for screeners (in their regions, as the screening queue), and for
 * everyone the latest step of the topics they raised or co-signed.
 */
@Component
class TopicTasks implements TaskCounter {

    /** The topics whose news is shown, the most recently changed first. */
    static final int NEWS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Zones.platform());

    private final Screenings screenings;
    private final Topics topics;
    private final Actors actors;
    private final Messages messages;

    TopicTasks(Screenings screenings, Topics topics, Actors actors, Messages messages) {
        this.screenings = screenings;
        this.topics = topics;
        this.actors = actors;
        this.messages = messages;
    }

    @Override
    public List<Task> tasksOf(long accountId) {
        Actor actor = actors.of(accountId);
        List<Task> tasks = new ArrayList<>();
        if (actor.hasAny(Role.STAFF, Role.CADRE)) {
            tasks.add(Task.count("topic.tasks.screening", screenings.queue(actor).size(), "/screening", 10));
        }
        record Latest(long topicId, String title, HistoryEntry step) {
        }
        topics.mine(actor).stream()
                .map(topic -> topics.history(topic.id()).stream().max(Comparator.comparing(HistoryEntry::at))
                        .map(step -> new Latest(topic.id(), topic.title(), step)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Latest latest) -> latest.step().at()).reversed())
                .limit(NEWS)
                .forEach(latest -> tasks.add(Task.news("topic.tasks.news", "/topics/" + latest.topicId(), 90,
                        latest.title(), label(latest.step().kind()), DAY.format(latest.step().at()))));
        return tasks;
    }

    private String label(HistoryKind kind) {
        // A submitted topic's only step reads as waiting for screening, not as the person's own act.
        return messages.get(kind == HistoryKind.SUBMITTED ? "topic.tasks.news.waiting" : "topic.history." + kind.name());
    }
}
