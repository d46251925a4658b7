package org.gongshang.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.member.MemberNotice;
import org.gongshang.member.MyNotice;
import org.gongshang.member.NoticeAudience;
import org.gongshang.member.NoticeReceipt;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices to members, their recipients with read receipts and share codes, and what the shared links brought. */
@Repository
public class NoticeStore {

    /** The kinds of what a shared link brought. */
    public enum Referral {
        OPENED, SIGNED_UP, TOOK_PART
    }

    /** A recipient still to read a notice, for reminders. */
    public record Unread(long noticeId, String title, boolean bySms, long accountId) {
    }

    private static final String NOTICE = """
            select n.id, n.committee_id, n.title, n.body, n.audience, n.share_path, n.by_sms, n.sent_at,
                   (select count(*) from member_notice_recipient r where r.notice_id = n.id) as recipients,
                   (select count(*) from member_notice_recipient r where r.notice_id = n.id and r.read_at is not null) as read
            from member_notice n
            """;

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long committeeId, String title, String body, NoticeAudience audience, @Nullable Long audienceId,
            @Nullable String sharePath, boolean bySms, long by, Instant at) {
        return jdbc.sql("""
                insert into member_notice (committee_id, title, body, audience, audience_id, share_path, by_sms, sent_by, sent_at)
                values (:committee, :title, :body, :audience, :audienceId, :share, :sms, :by, :at) returning id""")
                .param("committee", committeeId).param("title", title).param("body", body).param("audience", audience.name())
                .param("audienceId", audienceId).param("share", sharePath).param("sms", bySms).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public void addRecipient(long noticeId, long memberId, long accountId, String shareCode) {
        jdbc.sql("insert into member_notice_recipient (notice_id, member_id, account_id, share_code) values (:n, :m, :a, :code)")
                .param("n", noticeId).param("m", memberId).param("a", accountId).param("code", shareCode).update();
    }

    public Optional<MemberNotice> find(long noticeId) {
        return jdbc.sql(NOTICE + "where n.id = :id").param("id", noticeId).query(MemberNotice.class).optional();
    }

    public List<MemberNotice> ofCommittees(List<Long> committeeIds) {
        return committeeIds.isEmpty() ? List.of()
                : jdbc.sql(NOTICE + "where n.committee_id in (:committees) order by n.sent_at desc limit 100")
                        .param("committees", committeeIds).query(MemberNotice.class).list();
    }

    public List<NoticeReceipt> receipts(long noticeId) {
        return jdbc.sql("""
                select r.member_id, m.name, r.read_at, r.reminded_at,
                       (select count(*) from member_notice_referral f where f.share_code = r.share_code and f.kind = 'OPENED') as opened,
                       (select count(*) from member_notice_referral f where f.share_code = r.share_code and f.kind = 'SIGNED_UP') as signed_up,
                       (select count(*) from member_notice_referral f where f.share_code = r.share_code and f.kind = 'TOOK_PART') as took_part
                from member_notice_recipient r join member_profile m on m.id = r.member_id
                where r.notice_id = :notice order by (r.read_at is null), m.name""")
                .param("notice", noticeId).query(NoticeReceipt.class).list();
    }

    public List<MyNotice> ofAccount(long accountId) {
        return jdbc.sql("""
                select n.id, n.title, n.body, n.share_path, r.share_code, n.sent_at, r.read_at
                from member_notice_recipient r join member_notice n on n.id = r.notice_id
                where r.account_id = :account order by (r.read_at is null) desc, n.sent_at desc limit 100""")
                .param("account", accountId).query(MyNotice.class).list();
    }

    public Optional<MyNotice> mine(long noticeId, long accountId) {
        return jdbc.sql("""
                select n.id, n.title, n.body, n.share_path, r.share_code, n.sent_at, r.read_at
                from member_notice_recipient r join member_notice n on n.id = r.notice_id
                where r.notice_id = :notice and r.account_id = :account limit 1""")
                .param("notice", noticeId).param("account", accountId).query(MyNotice.class).optional();
    }

    public boolean markRead(long noticeId, long accountId, Instant at) {
        return jdbc.sql("update member_notice_recipient set read_at = :at where notice_id = :notice and account_id = :account and read_at is null")
                .param("at", Timestamp.from(at)).param("notice", noticeId).param("account", accountId).update() > 0;
    }

    /** Unread copies of notices sent before {@code sentBefore} and not reminded yet. */
    public List<Unread> unreminded(@Nullable Long noticeId, Instant sentBefore) {
        return jdbc.sql("""
                select n.id as notice_id, n.title, n.by_sms, r.account_id
                from member_notice_recipient r join member_notice n on n.id = r.notice_id
                where r.read_at is null and r.reminded_at is null and n.sent_at < :before
                  and (cast(:notice as bigint) is null or n.id = :notice)""")
                .param("before", Timestamp.from(sentBefore)).param("notice", noticeId).query(Unread.class).list();
    }

    /** Claims the reminder of one copy once. */
    public boolean claimReminder(long noticeId, long accountId, Instant at) {
        return jdbc.sql("""
                update member_notice_recipient set reminded_at = :at
                where notice_id = :notice and account_id = :account and reminded_at is null and read_at is null""")
                .param("at", Timestamp.from(at)).param("notice", noticeId).param("account", accountId).update() > 0;
    }

    public Optional<String> sharePathOf(String code) {
        return jdbc.sql("""
                select coalesce(n.share_path, '') from member_notice_recipient r join member_notice n on n.id = r.notice_id
                where r.share_code = :code""").param("code", code).query(String.class).optional();
    }

    /** @return false when it was counted already (the same browser, the same account) */
    public boolean refer(String code, Referral kind, @Nullable String visitor, @Nullable Long accountId, Instant at) {
        return jdbc.sql("""
                insert into member_notice_referral (share_code, kind, visitor, account_id, at) values (:code, :kind, :visitor, :account, :at)
                on conflict do nothing""")
                .param("code", code).param("kind", kind.name()).param("visitor", visitor).param("account", accountId)
                .param("at", Timestamp.from(at)).update() > 0;
    }
}
