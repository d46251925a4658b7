package org.gongshang.member;

import java.time.Clock;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.NoticeStore;
import org.gongshang.region.Organization;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members reading their notices (which marks them read), and staff reading a notice's receipts and reach. */
@Service
public class NoticeReading {

    private final NoticeStore store;
    private final MemberAccess access;
    private final Clock clock;

    NoticeReading(NoticeStore store, MemberAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** The member's notices, unread first. */
    public List<MyNotice> mine(Actor actor) {
        return store.ofAccount(actor.accountId());
    }

    /** @throws DomainException NOT_FOUND unless the notice went to the actor */
    @Transactional
    public MyNotice read(long noticeId, Actor actor) {
        MyNotice notice = store.mine(noticeId, actor.accountId())
                .orElseThrow(() -> DomainException.notFound("member.notice.unknown", noticeId));
        store.markRead(noticeId, actor.accountId(), Rows.now(clock));
        return notice;
    }

    /** The notices of the committees the staff member works for, newest first. */
    public List<MemberNotice> forStaff(Actor actor) {
        return store.ofCommittees(access.committeesOf(actor).stream().map(Organization::id).toList());
    }

    /** @throws DomainException NOT_FOUND for staff of another region */
    public MemberNotice get(long noticeId, Actor actor) {
        MemberNotice notice = store.find(noticeId).orElseThrow(() -> DomainException.notFound("member.notice.unknown", noticeId));
        access.requireStaffReading(actor, access.committee(notice.committeeId()).regionCode(), "member.notice.unknown", noticeId);
        return notice;
    }

    /** Who read it and what each member's link brought. */
    public List<NoticeReceipt> receipts(long noticeId, Actor actor) {
        get(noticeId, actor);
        return store.receipts(noticeId);
    }
}
