package org.gongshang.topic;

/**
 * Who stands behind a topic: supporters (the submitter and the co-signers), the number of distinct
 * communities they live in, and whether that makes the topic representative (具有代表性).
 */
public record Support(int supporters, int communities, boolean representative) {

    /**
     * Representative when enough supporters from enough communities stand behind it, or when party
     * or government assigned it or a member recommended it.
     */
    public static Support of(int supporters, int communities, TopicSource source, TopicProperties.Representativeness rule) {
        boolean enough = supporters >= rule.minSupporters() && communities >= rule.minCommunities();
        return new Support(supporters, communities, enough || source.isRepresentativeByItself());
    }
}
