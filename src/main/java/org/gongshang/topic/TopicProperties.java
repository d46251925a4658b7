package org.gongshang.topic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The numbers of topic collection and screening, with the defaults the seed suggests. */
@ConfigurationProperties("gongshang.topic")
public record TopicProperties(
        @DefaultValue Representativeness representativeness,
        @DefaultValue Images images,
        @DefaultValue Similarity similarity) {

    /** 具有代表性: at least this many supporters from at least this many communities. */
    public record Representativeness(@DefaultValue("30") int minSupporters, @DefaultValue("3") int minCommunities) {
    }

    /** Up to {@code maxCount} JPEG or PNG images per topic, each at most {@code maxSize} (pixels: {@code gongshang.images.*}). */
    public record Images(@DefaultValue("3") int maxCount, @DefaultValue("5MB") DataSize maxSize) {
    }

    /**
     * Near-duplicates: at most {@code maxResults} topics scoring at least {@code minScore} while typing
     * and on a topic's page, {@code screeningMinScore} side by side on screening. Scores are the
     * embeddings' cosine plus a little of the words score (see docs/topics.md for the measured choice).
     */
    public record Similarity(@DefaultValue("5") int maxResults, @DefaultValue("0.70") double minScore,
            @DefaultValue("0.64") double screeningMinScore) {
    }
}
