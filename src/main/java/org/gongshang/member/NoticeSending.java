package org.gongshang.member;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.NoticeStore;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff sending a notice to members (向全体委员发布消息): all of a committee, a sector, a station or
 * a hand-picked list; in the inbox, by SMS when asked (whatever channels the members chose), and by
 * email where they chose it. Each copy gets its own share code for the link the member passes on.
 */
@Service
public class NoticeSending {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 4000;
    public static final int MAX_PATH = 300;
    private static final char[] CODE = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final NoticeStore store;
    private final Members members;
    private final Stations stations;
    private final MemberAccess access;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    NoticeSending(NoticeStore store, Members members, Stations stations, MemberAccess access, Notices notices,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.members = members;
        this.stations = stations;
        this.access = access;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException INVALID with a problem per field, FORBIDDEN outside the staff's region */
    @Transactional
    public long send(NewMemberNotice notice, Actor actor) {
        if (notice.committeeId() == null) {
            throw DomainException.invalidField("committeeId", "member.committee.required");
        }
        long committeeId = notice.committeeId();
        access.requireStaffOf(actor, committeeId);
        List<FieldProblem> problems = new ArrayList<>();
        if (notice.title() == null || notice.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "member.notice.title", MAX_TITLE));
        }
        if (notice.body() == null || notice.body().length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "member.notice.body", MAX_BODY));
        }
        String path = notice.sharePath();
        if (path != null && (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.length() > MAX_PATH)) {
            problems.add(new FieldProblem("sharePath", "member.notice.share-path", MAX_PATH));
        }
        List<MemberListing> recipients = notice.audience() == null ? List.of() : recipients(notice, committeeId);
        if (notice.audience() == null) {
            problems.add(new FieldProblem("audience", "member.notice.audience"));
        } else if (recipients.isEmpty()) {
            problems.add(new FieldProblem("audience", "member.notice.nobody"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        long id = store.insert(committeeId, notice.title(), notice.body(), notice.audience(), notice.audienceId(), path, notice.bySms(),
                actor.accountId(), Rows.now(clock));
        recipients.forEach(member -> store.addRecipient(id, member.id(), member.accountId(), shareCode()));
        Notice message = Notice.of(MessageKind.GENERAL, "member.notice.inbox-title", "member.notice.inbox-body", notice.title(),
                notice.body()).linkingTo("/duty/notices/" + id);
        notices.send(recipients.stream().map(MemberListing::accountId).toList(), notice.bySms() ? message.urgent() : message);
        events.publishEvent(AuditRecord.of("member.notice-sent", actor.accountId(), "member-notice", id)
                .with("audience", notice.audience()).with("recipients", recipients.size()).with("sms", notice.bySms()));
        return id;
    }

    private List<MemberListing> recipients(NewMemberNotice notice, long committeeId) {
        return switch (notice.audience()) {
            case COMMITTEE -> members.activeOf(committeeId);
            case SECTOR -> notice.audienceId() == null ? List.of() : members.activeOf(committeeId, notice.audienceId());
            case STATION -> notice.audienceId() == null ? List.of() : stations.members(notice.audienceId()).stream()
                    .filter(m -> m.committeeId() == committeeId).toList();
            case LIST -> members.activeOf(committeeId).stream().filter(m -> notice.memberIds().contains(m.id())).toList();
        };
    }

    private String shareCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE[random.nextInt(CODE.length)];
        }
        return new String(code);
    }
}
