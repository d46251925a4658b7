package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutyExports;
import org.gongshang.member.DutyRecording;
import org.gongshang.member.DutyRecords;
import org.gongshang.member.Member;
import org.gongshang.member.MemberRegistration;
import org.gongshang.member.Members;
import org.gongshang.member.NewDutyRecord;
import org.gongshang.member.ProfileVisibility;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own page (我的履职) on their phone: this year's records and points, what is still
 * missing against the minimums, adding a record by hand, the public profile's settings, and the
 * way to shifts, receptions and visits.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class DutyHomePage {

    record RecordForm(@Nullable DutyActivity activity, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
            @Size(max = 200, message = "{member.duty.title.size}") @Nullable String title,
            @Size(max = 4000, message = "{member.duty.evidence.size}") @Nullable String evidence) {
    }

    private final Members members;
    private final DutyRecords records;
    private final DutyRecording recording;
    private final DutyExports exports;
    private final MemberRegistration registration;
    private final Actors actors;
    private final Clock clock;

    DutyHomePage(Members members, DutyRecords records, DutyRecording recording, DutyExports exports,
            MemberRegistration registration, Actors actors, Clock clock) {
        this.members = members;
        this.records = records;
        this.recording = recording;
        this.exports = exports;
        this.registration = registration;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/duty")
    String home(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecordForm(DutyActivity.PROPOSAL, today(), null, null));
        }
        return page(model);
    }

    @PostMapping("/duty/records")
    String submit(@Valid @ModelAttribute("form") RecordForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return Forms.submit(binding, () -> recording.submit(new NewDutyRecord(form.activity(), form.occurredOn(), form.title(),
                        form.evidence()), actors.require()))
                .map(id -> {
                    Forms.notice(redirect, "member.duty.submitted");
                    return "redirect:/duty#records";
                })
                .orElseGet(() -> page(model));
    }

    @PostMapping("/duty/profile")
    String visibility(@RequestParam(defaultValue = "false") boolean publicProfile, @RequestParam(defaultValue = "false") boolean sector,
            @RequestParam(defaultValue = "false") boolean station, @RequestParam(defaultValue = "false") boolean duties,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        Member member = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        registration.changeVisibility(member.id(), new ProfileVisibility(publicProfile, sector, station, duties), actor);
        Forms.notice(redirect, "member.visibility.saved");
        return "redirect:/duty#profile";
    }

    @GetMapping("/duty/archive.docx")
    ResponseEntity<byte[]> archive(@RequestParam(required = false) @Nullable Integer year) {
        Actor actor = actors.require();
        Member member = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        int which = year == null ? today().getYear() : year;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("duty-" + which + ".docx").build().toString())
                .body(exports.archive(member.id(), which, actor));
    }

    private String page(Model model) {
        Member member = members.mine(actors.require()).orElse(null);
        int year = today().getYear();
        model.addAttribute("member", member);
        model.addAttribute("year", year);
        model.addAttribute("byHand", Arrays.stream(DutyActivity.values()).filter(DutyActivity::byHand).toList());
        if (member != null) {
            model.addAttribute("summary", records.summary(member, year));
            model.addAttribute("records", records.ofMember(member.id(), year));
        }
        return "member/duty";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }
}
