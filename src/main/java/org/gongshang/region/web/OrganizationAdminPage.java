package org.gongshang.region.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
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

    static final String[] FORM_FIELDS = {"name", "type", "regionCode", "parentId"};

    record Filter(@Nullable OrganizationType type, @Nullable String region) {
    }

    record OrganizationForm(@Nullable String name, @Nullable OrganizationType type, @Nullable String regionCode,
            @Nullable Long parentId) {

        static OrganizationForm of(Organization organization) {
            return new OrganizationForm(organization.name(), organization.type(), organization.regionCode(),
                    organization.parentId());
        }
    }

    private final Organizations organizations;
    private final Regions regions;
    private final Messages messages;

    OrganizationAdminPage(Organizations organizations, Regions regions, Messages messages) {
        this.organizations = organizations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(@ModelAttribute("filter") Filter filter, Model model, HttpServletResponse response) {
        if (!search(filter, model)) {
            response.setStatus(400);
        }
        return "region/organizations";
    }

    /** The filters with the list; always 200, because htmx swaps in only successful responses. */
    @HxRequest
    @GetMapping
    String listFragment(@ModelAttribute("filter") Filter filter, Model model) {
        search(filter, model);
        return "region/organizations :: search";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable String region, Model model) {
        return form(null, new OrganizationForm(null, null, Text.blankToNull(region), null), FormErrors.NONE, model);
    }

    @PostMapping
    String add(OrganizationForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Organization added = organizations.add(orEmpty(form.name()), form.type(), orEmpty(form.regionCode()),
                    form.parentId(), CurrentAccount.idOrNull());
            redirect.addFlashAttribute("noticeKey", "admin.organizations.saved");
            redirect.addFlashAttribute("noticeArgs", new Object[] {added.name()});
            return redirectToList(null, added.regionCode());
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            return form(null, form, FormErrors.of(e, messages, FORM_FIELDS), model);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Organization organization = organizations.get(id);
        return form(organization, OrganizationForm.of(organization), FormErrors.NONE, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, OrganizationForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Organization organization = organizations.get(id);
        try {
            Organization saved = organizations.update(id, orEmpty(form.name()), form.type(), orEmpty(form.regionCode()),
                    form.parentId(), CurrentAccount.idOrNull());
            redirect.addFlashAttribute("noticeKey", "admin.organizations.saved");
            redirect.addFlashAttribute("noticeArgs", new Object[] {saved.name()});
            return redirectToList(null, saved.regionCode());
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            return form(organization, form, FormErrors.of(e, messages, FORM_FIELDS), model);
        }
    }

    /** Comes back to the list as it was filtered. */
    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, Filter filter, RedirectAttributes redirect) {
        Organization organization = organizations.get(id);
        organizations.setActive(id, active, CurrentAccount.idOrNull());
        redirect.addFlashAttribute("noticeKey", active ? "admin.organizations.reactivated" : "admin.organizations.deactivated");
        redirect.addFlashAttribute("noticeArgs", new Object[] {organization.name()});
        return redirectToList(filter.type(), filter.region());
    }

    /** The parent choices for another region, as the fragment htmx swaps in when the form's region changes. */
    @GetMapping("/parents")
    String parents(@RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable Long parentId, @RequestParam(required = false) @Nullable Long id,
            Model model) {
        model.addAttribute("organizationForm", new OrganizationForm(null, null, Text.blankToNull(regionCode), parentId));
        model.addAttribute("parents", parentChoices(Text.blankToNull(regionCode), parentId, id));
        model.addAttribute("problems", FormErrors.NONE);
        return "region/organization :: parent";
    }

    /** @return whether the filters could be applied; an unknown region is shown at its field */
    private boolean search(Filter filter, Model model) {
        model.addAttribute("types", OrganizationType.values());
        try {
            List<Organization> found = organizations.listIncludingInactive(filter.type(), Text.blankToNull(filter.region()));
            model.addAttribute("rows", rows(found));
            model.addAttribute("problems", FormErrors.NONE);
            return true;
        } catch (DomainException e) {
            model.addAttribute("rows", List.of());
            model.addAttribute("problems", FormErrors.of(DomainException.invalidField("region", e.messageKey(), e.args()),
                    messages, "region"));
            return false;
        }
    }

    private String form(@Nullable Organization organization, OrganizationForm form, FormErrors problems, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("organizationForm", form);
        model.addAttribute("problems", problems);
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

    private List<OrganizationRow> rows(List<Organization> found) {
        Map<Long, String> names = new HashMap<>();
        found.forEach(o -> names.put(o.id(), o.name()));
        Map<String, String> regionNames = new HashMap<>();
        return found.stream().map(o -> new OrganizationRow(o,
                        regionNames.computeIfAbsent(o.regionCode(), code -> regions.find(code).map(Region::name).orElse(code)),
                        o.parentId() == null ? null : names.computeIfAbsent(o.parentId(),
                                parent -> organizations.find(parent).map(Organization::name).orElse(String.valueOf(parent)))))
                .toList();
    }

    private static String redirectToList(@Nullable OrganizationType type, @Nullable String region) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/organizations")
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("region", Optional.ofNullable(Text.blankToNull(region)))
                .encode().build().toUriString();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
