package org.gongshang.topic;

/** A keyword that suggests a decline reason in screening (e.g. 法院 → LEGAL_LITIGATION). */
public record PreflagRule(long id, String keyword, DeclineReason reason) {
}
