package org.gongshang.topic;

import java.time.Instant;

/**
 * What other modules compare topics by: the text, where it was raised, how many stand behind it.
 *
 * @param supporters the submitter and the co-signers
 */
public record TopicDigest(long id, String title, String description, String regionCode, TopicStatus status, boolean held,
        int supporters, Instant submittedAt) {
}
