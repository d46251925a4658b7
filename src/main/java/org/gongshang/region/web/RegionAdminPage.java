package org.gongshang.region.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The division tree for admins: one region at a time with its lineage and the regions below it,
 * or the cities at the top; adding below, renaming, deactivating and reactivating.
 */
@Controller
@RequestMapping("/admin/regions")
@PreAuthorize("hasRole('ADMIN')")
class RegionAdminPage {

    record NewRegionForm(@Nullable String parentCode, @Nullable String code, @Nullable String name) {
    }

    record RenameForm(@Nullable String name) {
    }

    private final Regions regions;
    private final Messages messages;

    RegionAdminPage(Regions regions, Messages messages) {
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String tree(@RequestParam(required = false) @Nullable String code, Model model) {
        return show(Text.blankToNull(code), model);
    }

    @PostMapping
    String add(NewRegionForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String parentCode = Text.blankToNull(form.parentCode());
        try {
            Region added = regions.addChild(parentCode, orEmpty(form.code()), orEmpty(form.name()), CurrentAccount.idOrNull());
            redirect.addFlashAttribute("noticeKey", "admin.regions.added");
            redirect.addFlashAttribute("noticeArgs", new Object[] {added.code() + " " + added.name()});
            return redirectTo(parentCode);
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("newRegion", form);
            model.addAttribute("newRegionProblems", FormErrors.of(e, messages, "code", "name"));
            return show(parentCode, model);
        }
    }

    @PostMapping("/{code}/name")
    String rename(@PathVariable String code, RenameForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            regions.rename(code, orEmpty(form.name()), CurrentAccount.idOrNull());
            redirect.addFlashAttribute("noticeKey", "admin.regions.renamed");
            return redirectTo(code);
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("rename", form);
            model.addAttribute("renameProblems", FormErrors.of(e, messages, "name"));
            return show(code, model);
        }
    }

    @PostMapping("/{code}/active")
    String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        Region region = regions.get(code);
        try {
            regions.setActive(code, active, CurrentAccount.idOrNull());
            redirect.addFlashAttribute("noticeKey", active ? "admin.regions.reactivated" : "admin.regions.deactivated");
            redirect.addFlashAttribute("noticeArgs", new Object[] {region.code() + " " + region.name()});
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return redirectTo(region.parentCode());
    }

    private String show(@Nullable String code, Model model) {
        if (code == null) {
            model.addAttribute("lineage", List.of());
            model.addAttribute("children", regions.roots());
            model.addAttribute("childLevel", Optional.of(RegionLevel.CITY));
        } else {
            Region region = regions.get(code);
            model.addAttribute("region", region);
            model.addAttribute("lineage", regions.lineage(code));
            model.addAttribute("children", regions.childrenIncludingInactive(code));
            model.addAttribute("childLevel", region.level().below());
            keepOrAdd(model, "rename", new RenameForm(region.name()));
        }
        keepOrAdd(model, "newRegion", new NewRegionForm(code, null, null));
        keepOrAdd(model, "newRegionProblems", FormErrors.NONE);
        keepOrAdd(model, "renameProblems", FormErrors.NONE);
        return "region/regions";
    }

    /** A form that failed keeps its input and problems; the others start empty. */
    private static void keepOrAdd(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private static String redirectTo(@Nullable String code) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/regions")
                .queryParamIfPresent("code", Optional.ofNullable(code)).encode().build().toUriString();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
