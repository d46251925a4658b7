package org.gongshang.topic;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.HistoryStore;
import org.gongshang.topic.internal.TopicStore;
import org.gongshang.topic.internal.TopicText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Common problems raised (共性问题上升) as one topic, from consultations' consensus or from similar topics. */
@Service
public class TopicRaising {

    private final TopicSubmissions submissions;
    private final TopicStore topics;
    private final HistoryStore history;
    private final Actors actors;

    TopicRaising(TopicSubmissions submissions, TopicStore topics, HistoryStore history, Actors actors) {
        this.submissions = submissions;
        this.topics = topics;
        this.history = history;
        this.actors = actors;
    }

    /**
     * Consensus items that several grassroots consultations reached on the same problem are raised
     * (上升) to the CPPCC committee as one topic of source GRASSROOTS. It enters screening like any
     * other; its timeline links the consultations it came from. Staff raise it, but do not count as
     * its supporters: they speak for the consultations, not for themselves.
     *
     * @throws DomainException INVALID for wrong text or region, FORBIDDEN outside the staff's region
     */
    @Transactional
    public TopicView raiseFromConsultations(RaisedTopic raised, Actor actor) {
        actors.requireIn(actor, raised.regionCode(), Role.STAFF);
        NewTopic draft = new NewTopic(raised.title(), raised.description(), raised.category(), raised.regionCode(),
                List.of(), null, null, null);
        TopicView topic = submissions.submit(draft, TopicSource.GRASSROOTS, actor, false);
        raised.consultations().forEach(consultation -> history.add(topic.id(), HistoryKind.RAISED_FROM,
                actor.accountId(), consultation.title(), consultation.id()));
        for (long source : raised.topics()) {
            TopicText text = topics.findText(source).orElseThrow(() -> DomainException.notFound("topic.unknown", source));
            history.add(topic.id(), HistoryKind.RAISED_FROM_TOPIC, actor.accountId(), text.title(), source);
            history.add(source, HistoryKind.RAISED_INTO, actor.accountId(), topic.title(), topic.id());
        }
        return topic;
    }
}
