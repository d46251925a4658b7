package org.gongshang.topic;

/** An admin-managed tag (e.g. 老旧小区改造, 停车, 养老). Inactive tags stay on old topics but are not offered. */
public record TopicTag(long id, String name, boolean active) {
}
