package org.gongshang.notification.internal;

import java.util.Collection;

import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.springframework.stereotype.Component;

/**
 * Notices sent by event listeners: each is keyed by the event that caused it ({@link EventKeys}), so
 * that an event handled again after a crash reaches nobody twice.
 */
@Component
class EventNotices {

    private final Notices notices;

    EventNotices(Notices notices) {
        this.notices = notices;
    }

    void send(Record cause, Collection<Long> recipientAccountIds, Notice notice) {
        notices.send(recipientAccountIds, notice.once(EventKeys.of(cause, notice.titleKey())));
    }
}
