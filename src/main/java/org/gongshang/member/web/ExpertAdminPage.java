package org.gongshang.member.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Expert;
import org.gongshang.member.ExpertDetails;
import org.gongshang.member.ExpertPool;
import org.gongshang.member.Experts;
import org.gongshang.member.MemberDetails;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A committee's expert pool (专家库) for its staff: the list by expertise, adding, deactivating. */
@Controller
@RequestMapping("/admin/members/experts")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class ExpertAdminPage {

    record ExpertForm(@Size(max = 30, message = "{member.expert.name.size}") @Nullable String name,
            @Size(max = 300, message = "{member.expertise.size}") @Nullable String expertise,
            @Size(max = 100, message = "{member.work-unit.size}") @Nullable String workUnit,
            @Size(max = 60, message = "{member.title.size}") @Nullable String title,
            @Size(max = 20, message = "{member.phone.size}") @Nullable String phone,
            @Size(max = 40, message = "{member.username.size}") @Nullable String username) {

        ExpertDetails details() {
            return new ExpertDetails(name, MemberDetails.tags(expertise), workUnit, title, phone, username);
        }
    }

    private final Experts experts;
    private final ExpertPool pool;
    private final MemberAccess access;
    private final Actors actors;

    ExpertAdminPage(Experts experts, ExpertPool pool, MemberAccess access, Actors actors) {
        this.experts = experts;
        this.pool = pool;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long committee, @RequestParam(required = false) @Nullable String tag,
            Model model) {
        model.addAttribute("form", new ExpertForm(null, null, null, null, null, null));
        return page(committee, tag, model);
    }

    @PostMapping
    String add(@RequestParam long committee, @Valid @ModelAttribute("form") ExpertForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(binding, () -> pool.add(committee, form.details(), actors.require()))
                .map(added -> {
                    Forms.notice(redirect, "member.experts.added", added.name());
                    return "redirect:/admin/members/experts?committee=" + committee;
                })
                .orElseGet(() -> page(committee, null, model));
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=false")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Expert expert = pool.setActive(id, false, actors.require());
        Forms.notice(redirect, "member.experts.deactivated", expert.name());
        return "redirect:/admin/members/experts?committee=" + expert.committeeId();
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=true")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        Expert expert = pool.setActive(id, true, actors.require());
        Forms.notice(redirect, "member.experts.reactivated", expert.name());
        return "redirect:/admin/members/experts?committee=" + expert.committeeId();
    }

    private String page(@Nullable Long committee, @Nullable String tag, Model model) {
        Actor actor = actors.require();
        List<Organization> committees = access.committeesOf(actor);
        Organization chosen = committee == null ? committees.stream().findFirst().orElse(null) : access.requireStaffOf(actor, committee);
        model.addAttribute("committees", committees);
        model.addAttribute("committee", chosen);
        model.addAttribute("tag", tag);
        model.addAttribute("experts", chosen == null ? List.of() : experts.of(chosen.id(), tag, actor));
        return "member/admin-experts";
    }
}
