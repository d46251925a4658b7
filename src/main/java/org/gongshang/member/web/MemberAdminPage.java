package org.gongshang.member.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Member;
import org.gongshang.member.MemberPhotos;
import org.gongshang.member.MemberPosition;
import org.gongshang.member.MemberRegistration;
import org.gongshang.member.MemberSearch;
import org.gongshang.member.Members;
import org.gongshang.member.Sectors;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Organization;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Member profiles for the committee's staff: the list with filters, registering, changing, photos, leaving. */
@Controller
@RequestMapping("/admin/members")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class MemberAdminPage {

    /** The list's filters, each optional. */
    record FilterForm(@Nullable Long committee, @Nullable Long sector, @Nullable String region, @Nullable String q,
            @Nullable Integer page) {

        MemberSearch search() {
            return new MemberSearch(committee, sector, region, q, true);
        }
    }

    private final Members members;
    private final MemberRegistration registration;
    private final MemberPhotos photos;
    private final Sectors sectors;
    private final MemberAccess access;
    private final Actors actors;

    MemberAdminPage(Members members, MemberRegistration registration, MemberPhotos photos, Sectors sectors,
            MemberAccess access, Actors actors) {
        this.members = members;
        this.registration = registration;
        this.photos = photos;
        this.sectors = sectors;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filterForm") FilterForm filter, BindingResult binding, Model model) {
        Actor actor = actors.require();
        int page = filter.page() == null ? 0 : Math.clamp(filter.page(), 0, 10_000);
        model.addAttribute("committees", access.committeesOf(actor));
        model.addAttribute("sectors", filter.committee() == null ? List.of() : sectors.of(filter.committee()));
        model.addAttribute("rows", Forms.submit(binding, () -> members.search(filter.search(), actor, page)).orElse(List.of()));
        model.addAttribute("total", Forms.submit(binding, () -> members.count(filter.search(), actor)).orElse(0));
        model.addAttribute("page", page);
        model.addAttribute("committeeNames", committeeNames(actor));
        return "member/admin-members";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable Long committee, Model model) {
        Actor actor = actors.require();
        List<Organization> committees = access.committeesOf(actor);
        Long chosen = committee != null ? committee : committees.stream().findFirst().map(Organization::id).orElse(null);
        return formPage(null, MemberForm.empty(chosen), actor, model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> registration.register(form.newMember(), actor))
                .map(registered -> {
                    Forms.notice(redirect, "member.admin.registered", registered.member().name());
                    if (registered.initialPassword() != null) {
                        redirect.addFlashAttribute("initialPassword", registered.initialPassword());
                    }
                    return "redirect:/admin/members/" + registered.member().id();
                })
                .orElseGet(() -> formPage(null, form, actor, model));
    }

    @GetMapping("/{id:\\d+}")
    String editForm(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Member member = members.get(id, actor);
        return formPage(member, MemberForm.of(member), actor, model);
    }

    @PostMapping("/{id:\\d+}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        Member member = members.get(id, actor);
        MemberForm kept = new MemberForm(null, null, null, null, null, member.committeeId(), form.term(), form.termStartYear(),
                form.termEndYear(), form.sector(), form.specialCommittee(), form.position(), form.workUnit(), form.title(),
                form.expertise());
        return Forms.submit(binding, () -> registration.change(id, kept.details(), actor))
                .map(changed -> {
                    Forms.notice(redirect, "member.admin.saved", changed.name());
                    return "redirect:/admin/members/" + id;
                })
                .orElseGet(() -> formPage(member, kept, actor, model));
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=false")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Member member = registration.setActive(id, false, actors.require());
        Forms.notice(redirect, "member.admin.deactivated", member.name());
        return "redirect:/admin/members/" + id;
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=true")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        Member member = registration.setActive(id, true, actors.require());
        Forms.notice(redirect, "member.admin.reactivated", member.name());
        return "redirect:/admin/members/" + id;
    }

    /** A refused picture comes back as a message on the member's page. */
    @PostMapping("/{id:\\d+}/photo")
    String photo(@PathVariable long id, @RequestParam(name = "photo", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        Forms.submit(redirect, () -> {
            photos.put(id, content, actors.require());
            return id;
        }).ifPresent(done -> Forms.notice(redirect, "member.admin.photo-saved"));
        return "redirect:/admin/members/" + id;
    }

    private String formPage(@Nullable Member member, MemberForm form, Actor actor, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("committees", access.committeesOf(actor));
        model.addAttribute("positions", MemberPosition.values());
        Long committeeId = member != null ? Long.valueOf(member.committeeId()) : form.committeeId();
        model.addAttribute("sectorChoices", Optional.ofNullable(committeeId).map(sectors::choices).orElse(List.of()));
        return "member/admin-member";
    }

    private Map<Long, String> committeeNames(Actor actor) {
        Map<Long, String> names = new HashMap<>();
        access.committeesOf(actor).forEach(c -> names.put(c.id(), c.name()));
        return names;
    }
}
