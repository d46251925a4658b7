package org.gongshang.member;

import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's matter as the member on duty records it. Name and phone are optional; they are
 * kept encrypted.
 *
 * @param communityCode the community the matter concerns; null for where the station stands
 * @param outcome what was done: answered, handed to the community, or pending (a topic comes later)
 */
public record NewReception(@Nullable String visitorName, @Nullable String visitorPhone, @Nullable TopicCategory category,
        @Nullable String communityCode, @Nullable String description, @Nullable ReceptionOutcome outcome,
        @Nullable String outcomeNote) {

    public NewReception {
        visitorName = Texts.clean(visitorName);
        visitorPhone = Texts.clean(visitorPhone);
        communityCode = Texts.clean(communityCode);
        description = Texts.clean(description);
        outcomeNote = Texts.clean(outcomeNote);
    }

    @Override
    public String toString() {
        return "NewReception[" + category + "]";
    }
}
