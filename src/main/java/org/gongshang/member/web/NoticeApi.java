package org.gongshang.member.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actors;
import org.gongshang.member.MemberNotice;
import org.gongshang.member.MyNotice;
import org.gongshang.member.NewMemberNotice;
import org.gongshang.member.NoticeAudience;
import org.gongshang.member.NoticeReading;
import org.gongshang.member.NoticeReceipt;
import org.gongshang.member.NoticeSending;
import org.gongshang.member.internal.NoticeReminders;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Notices to members", description = "向委员发布消息、已读回执、提醒、转发链接")
class NoticeApi {

    record NoticeJson(@Nullable Long committeeId, @Size(max = 100, message = "{member.notice.title.size}") @Nullable String title,
            @Size(max = 4000, message = "{member.notice.body.size}") @Nullable String body, @Nullable NoticeAudience audience,
            @Nullable Long audienceId, @Size(max = 5000, message = "{member.notice.members.size}") @Nullable List<Long> memberIds,
            @Size(max = 300, message = "{member.notice.share-path.size}") @Nullable String sharePath, @Nullable Boolean bySms) {
    }

    record NoticeDetailJson(MemberNotice notice, List<NoticeReceipt> receipts) {
    }

    record CreatedJson(long id) {
    }

    record RemindedJson(int reminded) {
    }

    private final NoticeSending sending;
    private final NoticeReading reading;
    private final NoticeReminders reminders;
    private final Actors actors;

    NoticeApi(NoticeSending sending, NoticeReading reading, NoticeReminders reminders, Actors actors) {
        this.sending = sending;
        this.reading = reading;
        this.reminders = reminders;
        this.actors = actors;
    }

    @PostMapping("/notices")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Send a notice to a committee's members, a sector, a station or a list (audienceId: the sector or station)")
    CreatedJson send(@Valid @RequestBody NoticeJson body) {
        return new CreatedJson(sending.send(new NewMemberNotice(body.committeeId(), body.title(), body.body(), body.audience(),
                body.audienceId(), body.memberIds() == null ? List.of() : body.memberIds(), body.sharePath(),
                Boolean.TRUE.equals(body.bySms())), actors.require()));
    }

    @GetMapping("/notices")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    List<MemberNotice> list() {
        return reading.forStaff(actors.require());
    }

    @GetMapping("/notices/{id:\\d+}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "A notice with read receipts and what each member's shared link brought")
    NoticeDetailJson notice(@PathVariable long id) {
        return new NoticeDetailJson(reading.get(id, actors.require()), reading.receipts(id, actors.require()));
    }

    @PostMapping("/notices/{id:\\d+}/remind")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    RemindedJson remind(@PathVariable long id) {
        reading.get(id, actors.require());
        return new RemindedJson(reminders.now(id));
    }

    @GetMapping("/me/notices")
    @PreAuthorize("hasRole('MEMBER')")
    List<MyNotice> mine() {
        return reading.mine(actors.require());
    }

    @PostMapping("/me/notices/{id:\\d+}/read")
    @PreAuthorize("hasRole('MEMBER')")
    MyNotice read(@PathVariable long id) {
        return reading.read(id, actors.require());
    }
}
