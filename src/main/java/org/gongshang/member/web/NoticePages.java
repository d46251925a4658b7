package org.gongshang.member.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.MemberNotice;
import org.gongshang.member.Members;
import org.gongshang.member.MyNotice;
import org.gongshang.member.NewMemberNotice;
import org.gongshang.member.NoticeAudience;
import org.gongshang.member.NoticeReading;
import org.gongshang.member.NoticeSending;
import org.gongshang.member.Sectors;
import org.gongshang.member.Stations;
import org.gongshang.member.MemberSearch;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.NoticeReminders;
import org.gongshang.region.Organization;
import org.gongshang.shared.web.PublicAddress;
import org.gongshang.shared.image.QrCodes;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notices to members: staff write and send them and see who read them and what each member's
 * shared link brought; members read theirs on their phone with the link to pass on.
 */
@Controller
class NoticePages {

    record NoticeForm(@Nullable Long committeeId, @Size(max = 100, message = "{member.notice.title.size}") @Nullable String title,
            @Size(max = 4000, message = "{member.notice.body.size}") @Nullable String body, @Nullable NoticeAudience audience,
            @Nullable Long sectorId, @Nullable Long stationId, @Nullable List<Long> memberIds,
            @Size(max = 300, message = "{member.notice.share-path.size}") @Nullable String sharePath, boolean bySms) {

        NewMemberNotice notice() {
            Long audienceId = audience == NoticeAudience.SECTOR ? sectorId : audience == NoticeAudience.STATION ? stationId : null;
            return new NewMemberNotice(committeeId, title, body, audience, audienceId, memberIds == null ? List.of() : memberIds,
                    sharePath, bySms);
        }
    }

    private final NoticeSending sending;
    private final NoticeReading reading;
    private final NoticeReminders reminders;
    private final Members members;
    private final Sectors sectors;
    private final Stations stations;
    private final MemberAccess access;
    private final PublicAddress address;
    private final Actors actors;

    NoticePages(NoticeSending sending, NoticeReading reading, NoticeReminders reminders, Members members, Sectors sectors,
            Stations stations, MemberAccess access, PublicAddress address, Actors actors) {
        this.sending = sending;
        this.reading = reading;
        this.reminders = reminders;
        this.members = members;
        this.sectors = sectors;
        this.stations = stations;
        this.access = access;
        this.address = address;
        this.actors = actors;
    }

    @GetMapping("/admin/members/notices")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String list(Model model) {
        Actor actor = actors.require();
        List<Organization> committees = access.committeesOf(actor);
        model.addAttribute("notices", reading.forStaff(actor));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NoticeForm(committees.stream().findFirst().map(Organization::id).orElse(null), null, null,
                    NoticeAudience.COMMITTEE, null, null, List.of(), null, false));
        }
        return adminPage(actor, model);
    }

    @PostMapping("/admin/members/notices")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String send(@Valid @ModelAttribute("form") NoticeForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> sending.send(form.notice(), actor))
                .map(id -> {
                    Forms.notice(redirect, "member.notice.sent");
                    return "redirect:/admin/members/notices/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("notices", reading.forStaff(actor));
                    return adminPage(actor, model);
                });
    }

    @GetMapping("/admin/members/notices/{id:\\d+}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String notice(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        MemberNotice notice = reading.get(id, actor);
        model.addAttribute("notice", notice);
        model.addAttribute("receipts", reading.receipts(id, actor));
        return "member/admin-notice";
    }

    @PostMapping("/admin/members/notices/{id:\\d+}/remind")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        reading.get(id, actors.require());
        Forms.notice(redirect, "member.notice.reminded", reminders.now(id));
        return "redirect:/admin/members/notices/" + id;
    }

    @GetMapping("/duty/notices")
    @PreAuthorize("hasRole('MEMBER')")
    String mine(Model model) {
        model.addAttribute("notices", reading.mine(actors.require()));
        return "member/duty-notices";
    }

    @GetMapping("/duty/notices/{id:\\d+}")
    @PreAuthorize("hasRole('MEMBER')")
    String read(@PathVariable long id, Model model) {
        MyNotice notice = reading.read(id, actors.require());
        model.addAttribute("notice", notice);
        if (notice.sharePath() != null) {
            String link = address.link("/n/" + notice.shareCode());
            model.addAttribute("shareLink", link);
            model.addAttribute("shareQr", QrCodes.svg(link));
        }
        return "member/duty-notice";
    }

    private String adminPage(Actor actor, Model model) {
        List<Organization> committees = access.committeesOf(actor);
        model.addAttribute("committees", committees);
        model.addAttribute("audiences", NoticeAudience.values());
        model.addAttribute("sectorChoices", committees.stream().flatMap(c -> sectors.active(c.id()).stream()).toList());
        model.addAttribute("stationChoices", stations.forStaff(actor));
        model.addAttribute("memberChoices", members.search(new MemberSearch(null, null, null, null, false), actor, 500, 0));
        return "member/admin-notices";
    }
}
