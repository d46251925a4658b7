package org.gongshang.commonproblem.internal;

import org.gongshang.commonproblem.ProblemSources;
import org.gongshang.topic.TopicCoSignWithdrawn;
import org.gongshang.topic.TopicCoSigned;
import org.gongshang.topic.TopicScreened;
import org.gongshang.topic.TopicSubmitted;
import org.gongshang.topic.TopicsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps topics in their groups as they come in, gain or lose supporters, are declined or merged. */
@Component
class TopicListener {

    private final ProblemSources sources;

    TopicListener(ProblemSources sources) {
        this.sources = sources;
    }

    @ApplicationModuleListener
    void on(TopicSubmitted submitted) {
        sources.changed(TopicCorpus.KIND, submitted.topicId());
    }

    @ApplicationModuleListener
    void on(TopicCoSigned signed) {
        sources.changed(TopicCorpus.KIND, signed.topicId());
    }

    @ApplicationModuleListener
    void on(TopicCoSignWithdrawn withdrawn) {
        sources.changed(TopicCorpus.KIND, withdrawn.topicId());
    }

    @ApplicationModuleListener
    void on(TopicScreened screened) {
        sources.changed(TopicCorpus.KIND, screened.topicId());
    }

    @ApplicationModuleListener
    void on(TopicsMerged merged) {
        sources.changed(TopicCorpus.KIND, merged.mergedId());
        sources.changed(TopicCorpus.KIND, merged.survivorId());
    }
}
