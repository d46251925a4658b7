package org.gongshang.region.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationDetails;
import org.gongshang.region.OrganizationRegistration;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
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

/** Organisations for admins: the list with filters, adding, editing, deactivating and reactivating. */
@Controller
@RequestMapping("/admin/organizations")
@PreAuthorize("hasRole('ADMIN')")
class OrganizationAdminPage {

    /** The list's filters; both optional. */
    record FilterForm(@Nullable OrganizationType type, @Nullable String region) {

        FilterForm {
            region = Text.blankToNull(region);
        }
    }

    record OrganizationForm(@Size(max = 100, message = "{organization.name.size}") String name,
            @Nullable OrganizationType type, String regionCode, @Nullable Long parentId) {

        OrganizationForm {
            name = name == null ? "" : name;
            regionCode = regionCode == null ? "" : regionCode.strip();
        }

        static OrganizationForm of(Organization organization) {
            return new OrganizationForm(organization.name(), organization.type(), organization.regionCode(),
                    organization.parentId());
        }

        OrganizationDetails details() {
            return new OrganizationDetails(name, type, regionCode, parentId);
        }
    }

    private final Organizations organizations;
    private final OrganizationRegistration registration;
    private final Regions regions;

    OrganizationAdminPage(Organizations organizations, OrganizationRegistration registration, Regions regions) {
        this.organizations = organizations;
        this.registration = registration;
        this.regions = regions;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filterForm") FilterForm filter, BindingResult binding, Model model) {
        search(filter, binding, model);
        return "region/organizations";
    }

    /** The filters with the list, for htmx to swap in. */
    @HxRequest
    @GetMapping
    String listFragment(@Valid @ModelAttribute("filterForm") FilterForm filter, BindingResult binding, Model model) {
        search(filter, binding, model);
        return "region/organizations :: search";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable String region, Model model) {
        return formPage(null, new OrganizationForm("", null, region, null), model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(binding, () -> registration.register(form.details(), CurrentAccount.idOrNull()))
                .map(added -> saved(added, redirect))
                .orElseGet(() -> formPage(null, form, model));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Organization organization = organizations.get(id);
        return formPage(organization, OrganizationForm.of(organization), model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Organization organization = organizations.get(id);
        return Forms.submit(binding, () -> registration.change(id, form.details(), CurrentAccount.idOrNull()))
                .map(changed -> saved(changed, redirect))
                .orElseGet(() -> formPage(organization, form, model));
    }

    /** Comes back to the list as it was filtered. */
    @PostMapping(path = "/{id}/active", params = "active=false")
    String deactivate(@PathVariable long id, FilterForm filter, RedirectAttributes redirect) {
        Organization organization = registration.deactivate(id, CurrentAccount.idOrNull());
        Forms.notice(redirect, "admin.organizations.deactivated", organization.name());
        return redirectToList(filter.type(), filter.region());
    }

    @PostMapping(path = "/{id}/active", params = "active=true")
    String reactivate(@PathVariable long id, FilterForm filter, RedirectAttributes redirect) {
        Organization organization = registration.reactivate(id, CurrentAccount.idOrNull());
        Forms.notice(redirect, "admin.organizations.reactivated", organization.name());
        return redirectToList(filter.type(), filter.region());
    }

    /** The parent choices for another region, as the fragment htmx swaps in when the form's region changes. */
    @GetMapping("/parents")
    String parents(@RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable Long parentId, @RequestParam(required = false) @Nullable Long id,
            Model model) {
        model.addAttribute("form", new OrganizationForm("", null, regionCode, parentId));
        model.addAttribute("parents", parentChoices(Text.blankToNull(regionCode), parentId, id));
        return "region/organization :: parent";
    }

    private void search(FilterForm filter, BindingResult binding, Model model) {
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("rows", Forms.submit(binding, () -> organizations.listing(filter.type(), filter.region()))
                .orElse(List.of()));
    }

    private String saved(Organization organization, RedirectAttributes redirect) {
        Forms.notice(redirect, "admin.organizations.saved", organization.name());
        return redirectToList(null, organization.regionCode());
    }

    private String formPage(@Nullable Organization organization, OrganizationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organization", organization);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("parents", parentChoices(Text.blankToNull(form.regionCode()), form.parentId(),
                organization == null ? null : organization.id()));
        return "region/organization";
    }

    /** Organisations of the region and above, without the organisation itself, and the current parent wherever it is. */
    private List<Organization> parentChoices(@Nullable String regionCode, @Nullable Long parentId, @Nullable Long self) {
        List<Organization> choices = new ArrayList<>();
        if (regionCode != null && regions.find(regionCode).isPresent()) {
            choices.addAll(organizations.possibleParents(regionCode));
        }
        if (parentId != null && choices.stream().noneMatch(o -> o.id() == parentId)) {
            organizations.find(parentId).ifPresent(choices::add);
        }
        choices.removeIf(o -> self != null && o.id() == self);
        return choices;
    }

    private static String redirectToList(@Nullable OrganizationType type, @Nullable String region) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/organizations")
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("region", Optional.ofNullable(region))
                .encode().build().toUriString();
    }
}
