package org.gongshang.member.internal;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicOrigin;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.TopicView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Makes a topic of source MEMBER from a record, through the topic module, with the way back to the record. */
@Component
public class MemberTopics {

    private final TopicSubmissions submissions;

    MemberTopics(TopicSubmissions submissions) {
        this.submissions = submissions;
    }

    /** @throws DomainException INVALID at {@code title} or {@code description} as the topic module refuses them */
    public TopicView recommend(@Nullable String title, @Nullable String description, TopicCategory category, String communityCode,
            String origin, String link, Actor actor) {
        return submissions.recommend(new NewTopic(title, description, category, communityCode, List.of(), null, null, null),
                new TopicOrigin(origin, link), actor);
    }
}
