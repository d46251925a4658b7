package org.gongshang.topic;

import java.util.List;

/** One page of a topic list and how many there are in all. */
public record TopicPage(List<TopicView> items, long total, int page, int size) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
