package org.gongshang.topic;

/** A resident co-signed (附议) a topic; {@code supporters} counts the submitter too. */
public record TopicCoSigned(long topicId, long accountId, int supporters) {
}
