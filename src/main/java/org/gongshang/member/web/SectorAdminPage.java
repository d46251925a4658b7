package org.gongshang.member.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Sector;
import org.gongshang.member.SectorMaintenance;
import org.gongshang.member.Sectors;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Organization;
import org.gongshang.shared.DomainException;
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

/** A committee's sector list (界别) for its staff: it starts as the national list, then they edit it. */
@Controller
@RequestMapping("/admin/members/sectors")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class SectorAdminPage {

    record SectorForm(@Size(max = Sector.MAX_NAME, message = "{member.sector.size}") @Nullable String name) {
    }

    private final Sectors sectors;
    private final SectorMaintenance maintenance;
    private final MemberAccess access;
    private final Actors actors;

    SectorAdminPage(Sectors sectors, SectorMaintenance maintenance, MemberAccess access, Actors actors) {
        this.sectors = sectors;
        this.maintenance = maintenance;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long committee, Model model) {
        model.addAttribute("form", new SectorForm(""));
        return page(committee, model);
    }

    @PostMapping
    String add(@RequestParam long committee, @Valid @ModelAttribute("form") SectorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(binding, () -> maintenance.add(committee, form.name() == null ? "" : form.name(), actors.require()))
                .map(added -> {
                    Forms.notice(redirect, "member.sectors.added", added.name());
                    return "redirect:/admin/members/sectors?committee=" + committee;
                })
                .orElseGet(() -> page(committee, model));
    }

    @PostMapping("/{id:\\d+}/name")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        Sector sector = sectors.find(id).orElseThrow(() -> DomainException.notFound("member.sector.unknown", id));
        Forms.submit(redirect, () -> maintenance.rename(id, name, actors.require()))
                .ifPresent(renamed -> Forms.notice(redirect, "member.sectors.renamed", renamed.name()));
        return "redirect:/admin/members/sectors?committee=" + sector.committeeId();
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=false")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Sector sector = maintenance.setActive(id, false, actors.require());
        Forms.notice(redirect, "member.sectors.deactivated", sector.name());
        return "redirect:/admin/members/sectors?committee=" + sector.committeeId();
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=true")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        Sector sector = maintenance.setActive(id, true, actors.require());
        Forms.notice(redirect, "member.sectors.reactivated", sector.name());
        return "redirect:/admin/members/sectors?committee=" + sector.committeeId();
    }

    private String page(@Nullable Long committee, Model model) {
        Actor actor = actors.require();
        List<Organization> committees = access.committeesOf(actor);
        Organization chosen = committee == null ? committees.stream().findFirst().orElse(null) : access.requireStaffOf(actor, committee);
        model.addAttribute("committees", committees);
        model.addAttribute("committee", chosen);
        model.addAttribute("sectors", chosen == null ? List.of() : sectors.of(chosen.id()));
        model.addAttribute("defaults", chosen == null ? List.of() : sectors.choices(chosen.id()));
        return "member/admin-sectors";
    }
}
