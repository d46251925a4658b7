package org.gongshang.notification;

import java.time.Clock;

import org.gongshang.notification.internal.InboxStore;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own inbox: only ever their own messages; anyone else's are "not found". */
@Service
public class Inbox {

    public static final int MAX_PAGE_SIZE = 100;

    private final InboxStore store;
    private final Clock clock;

    Inbox(InboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public InboxPage page(long accountId, int page, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int number = Math.max(page, 0);
        return new InboxPage(store.page(accountId, number * limit, limit), number, limit, store.count(accountId),
                store.unreadCount(accountId));
    }

    public long unreadCount(long accountId) {
        return store.unreadCount(accountId);
    }

    /**
     * @return the message, now read
     * @throws DomainException NOT_FOUND when the message is not the account's
     */
    @Transactional
    public InboxMessage markRead(long accountId, long messageId) {
        store.markRead(accountId, messageId, clock.instant());
        return store.find(accountId, messageId).orElseThrow(() -> DomainException.notFound("notification.unknown", messageId));
    }

    /** @return how many messages were unread */
    @Transactional
    public int markAllRead(long accountId) {
        return store.markAllRead(accountId, clock.instant());
    }
}
