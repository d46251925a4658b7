package org.gongshang.notification;

import java.util.List;

/** A page of a person's inbox, newest first, with the count of unread messages in all of it. */
public record InboxPage(List<InboxMessage> items, int page, int size, long total, long unreadCount) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
