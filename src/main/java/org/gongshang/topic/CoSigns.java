package org.gongshang.topic;

import java.util.Optional;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.SupporterStore;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-signing (附议): a real-name resident supports a topic once (signing again changes nothing) and
 * may withdraw while the topic is open. The community they live in is recorded with the signature,
 * so that representativeness counts where supporters come from.
 */
@Service
public class CoSigns {

    private final TopicStore topics;
    private final SupporterStore supporters;
    private final TopicAccess access;
    private final Accounts accounts;
    private final TopicSubmissions submissions;
    private final Topics reader;
    private final ApplicationEventPublisher events;

    CoSigns(TopicStore topics, SupporterStore supporters, TopicAccess access, Accounts accounts,
            TopicSubmissions submissions, Topics reader, ApplicationEventPublisher events) {
        this.topics = topics;
        this.supporters = supporters;
        this.access = access;
        this.accounts = accounts;
        this.submissions = submissions;
        this.reader = reader;
        this.events = events;
    }

    /** @throws DomainException FORBIDDEN without real name, CONFLICT when the topic is closed */
    @Transactional
    public TopicView cosign(long topicId, Actor actor) {
        Topic topic = open(topicId, actor);
        if (!accounts.get(actor.accountId()).realNameVerified()) {
            throw DomainException.forbidden("topic.cosign.real-name-required");
        }
        if (supporters.add(topicId, actor.accountId(), submissions.communityOf(actor.residenceRegionCode()))) {
            topics.touch(topicId);
            events.publishEvent(new TopicCoSigned(topicId, actor.accountId(), supporters.count(topicId)));
        }
        return reader.get(topic.id());
    }

    /** Withdrawing a co-sign that was never given changes nothing; the submitter cannot withdraw. */
    @Transactional
    public TopicView withdraw(long topicId, Actor actor) {
        Topic topic = open(topicId, actor);
        if (topic.submittedBy() == actor.accountId() && topic.channel() == SubmissionChannel.ONLINE) {
            throw DomainException.conflict("topic.cosign.submitter-stays");
        }
        if (supporters.remove(topicId, actor.accountId())) {
            topics.touch(topicId);
            events.publishEvent(new TopicCoSignWithdrawn(topicId, actor.accountId(), supporters.count(topicId)));
        }
        return reader.get(topic.id());
    }

    private Topic open(long topicId, Actor actor) {
        Topic topic = topics.find(topicId).orElseThrow(() -> DomainException.notFound("topic.unknown", topicId));
        access.requireSee(Optional.of(actor), topic);
        if (!topic.status().isOpenForSupport()) {
            throw DomainException.conflict("topic.cosign.closed", topic.status());
        }
        return topic;
    }
}
