package org.gongshang.commonproblem.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.gongshang.commonproblem.ProblemCorpus;
import org.gongshang.commonproblem.ProblemText;
import org.gongshang.similarity.Corpus;
import org.gongshang.topic.TopicDigest;
import org.gongshang.topic.TopicDigests;
import org.gongshang.topic.TopicStatus;
import org.springframework.stereotype.Component;

/** Topics (议题) as sources of common problems, read through the topic module's API. */
@Component
class TopicCorpus implements ProblemCorpus {

    static final String KIND = "topic";
    /** The topic module indexes its topics under this name in the similarity module. */
    private static final Corpus CORPUS = new Corpus("topic");
    /** A declined topic speaks for nobody; a merged one's supporters moved to the topic it joined. */
    private static final Set<TopicStatus> NOT_COUNTED = EnumSet.of(TopicStatus.DECLINED, TopicStatus.MERGED);

    private final TopicDigests topics;

    TopicCorpus(TopicDigests topics) {
        this.topics = topics;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Corpus corpus() {
        return CORPUS;
    }

    @Override
    public void forEachSince(Instant since, Consumer<ProblemText> consumer) {
        topics.forEachSince(since, topic -> consumer.accept(text(topic)));
    }

    @Override
    public Optional<ProblemText> find(long id) {
        return topics.find(id).map(TopicCorpus::text);
    }

    @Override
    public String path(long id) {
        return "/topics/" + id;
    }

    @Override
    public Optional<Long> topicId(long id) {
        return Optional.of(id);
    }

    private static ProblemText text(TopicDigest topic) {
        return new ProblemText(topic.id(), topic.title(), topic.description(), topic.regionCode(), topic.supporters(),
                topic.submittedAt(), !NOT_COUNTED.contains(topic.status()));
    }
}
