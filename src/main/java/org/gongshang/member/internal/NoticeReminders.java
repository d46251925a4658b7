package org.gongshang.member.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.member.MemberProperties;
import org.gongshang.member.internal.NoticeStore.Unread;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds members who have not read a notice: by the daily job, those sent the configured number
 * of working days ago or earlier; or at once for one notice, when staff ask. Each copy is reminded
 * once, claimed in the database with its message.
 */
@Component
public class NoticeReminders {

    private final NoticeStore store;
    private final Notices notices;
    private final WorkingDayCalendar calendar;
    private final MemberProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeReminders(NoticeStore store, Notices notices, WorkingDayCalendar calendar, MemberProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.calendar = calendar;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The daily run: on working days, the unread copies of notices sent long enough ago. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        LocalDate sentBy = calendar.plusWorkingDays(today, -properties.notices().reminderAfterWorkingDays());
        return remind(null, sentBy.plusDays(1).atStartOfDay(Zones.platform()).toInstant());
    }

    /** The unread copies of one notice, now. */
    public int now(long noticeId) {
        return remind(noticeId, clock.instant().plusSeconds(1));
    }

    private int remind(@Nullable Long noticeId, Instant sentBefore) {
        int sent = 0;
        for (Unread unread : store.unreminded(noticeId, sentBefore)) {
            Boolean done = transaction.execute(status -> {
                if (!store.claimReminder(unread.noticeId(), unread.accountId(), clock.instant())) {
                    return false;
                }
                Notice reminder = Notice.of(MessageKind.GENERAL, "member.notice.reminder.title", "member.notice.reminder.body",
                        unread.title()).linkingTo("/duty/notices/" + unread.noticeId());
                notices.send(List.of(unread.accountId()), unread.bySms() ? reminder.urgent() : reminder);
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }
}
