package org.gongshang.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The numbers of follow-up.
 *
 * @param photos photos of a follow-up record: how many, how large
 * @param maxQuestions questions per questionnaire
 * @param maxChoices choices per choice question
 */
@ConfigurationProperties("gongshang.followup")
public record FollowUpProperties(@DefaultValue Photos photos, @DefaultValue("50") int maxQuestions,
        @DefaultValue("20") int maxChoices) {

    /** Up to {@code maxCount} JPEG or PNG photos per record, each at most {@code maxSize} (pixels: {@code gongshang.images.*}). */
    public record Photos(@DefaultValue("9") int maxCount, @DefaultValue("5MB") DataSize maxSize) {
    }
}
