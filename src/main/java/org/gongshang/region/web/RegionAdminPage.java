package org.gongshang.region.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.RegionMaintenance;
import org.gongshang.region.Regions;
import org.gongshang.shared.Text;
import org.gongshang.shared.security.CurrentAccount;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The division tree for admins: one region at a time with its lineage and the regions below it,
 * or the cities at the top; adding below, renaming, deactivating and reactivating.
 */
@Controller
@RequestMapping("/admin/regions")
@PreAuthorize("hasRole('ADMIN')")
class RegionAdminPage {

    /** A region to add below {@code parentCode} (a city when blank); its level follows from the parent. */
    record NewRegionForm(@Nullable String parentCode,
            @Pattern(regexp = "[0-9]*", message = "{region.code.digits}") String code, String name) {

        NewRegionForm {
            code = code == null ? "" : code.strip();
            name = name == null ? "" : name;
        }
    }

    record RenameForm(@Size(max = Region.MAX_NAME, message = "{region.name.size}") String name) {

        RenameForm {
            name = name == null ? "" : name;
        }
    }

    private final Regions regions;
    private final RegionMaintenance maintenance;

    RegionAdminPage(Regions regions, RegionMaintenance maintenance) {
        this.regions = regions;
        this.maintenance = maintenance;
    }

    @GetMapping
    String tree(@RequestParam(required = false) @Nullable String code, Model model) {
        return page(Text.blankToNull(code), model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("newRegionForm") NewRegionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        String parentCode = Text.blankToNull(form.parentCode());
        return Forms.submit(binding, () -> maintenance.addBelow(parentCode, form.code(), form.name(), CurrentAccount.idOrNull()))
                .map(added -> {
                    Forms.notice(redirect, "admin.regions.added", label(added));
                    return redirectTo(parentCode);
                })
                .orElseGet(() -> page(parentCode, model));
    }

    @PostMapping("/{code}/name")
    String rename(@PathVariable String code, @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(binding, () -> maintenance.rename(code, form.name(), CurrentAccount.idOrNull()))
                .map(renamed -> {
                    Forms.notice(redirect, "admin.regions.renamed");
                    return redirectTo(code);
                })
                .orElseGet(() -> page(code, model));
    }

    @PostMapping(path = "/{code}/active", params = "active=false")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        Region region = maintenance.deactivate(code, CurrentAccount.idOrNull());
        Forms.notice(redirect, "admin.regions.deactivated", label(region));
        return redirectTo(region.parentCode());
    }

    /** Refused while the parent is inactive: the message comes back on the parent's page. */
    @PostMapping(path = "/{code}/active", params = "active=true")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        Region region = regions.get(code);
        Forms.submit(redirect, () -> maintenance.reactivate(code, CurrentAccount.idOrNull()))
                .ifPresent(reactivated -> Forms.notice(redirect, "admin.regions.reactivated", label(reactivated)));
        return redirectTo(region.parentCode());
    }

    /** A form that failed keeps its input and problems; the other starts afresh. */
    private String page(@Nullable String code, Model model) {
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
            if (!model.containsAttribute("renameForm")) {
                model.addAttribute("renameForm", new RenameForm(region.name()));
            }
        }
        if (!model.containsAttribute("newRegionForm")) {
            model.addAttribute("newRegionForm", new NewRegionForm(code, "", ""));
        }
        return "region/regions";
    }

    private static String label(Region region) {
        return region.code() + " " + region.name();
    }

    private static String redirectTo(@Nullable String code) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/regions")
                .queryParamIfPresent("code", Optional.ofNullable(code)).encode().build().toUriString();
    }
}
