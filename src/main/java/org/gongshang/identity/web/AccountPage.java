package org.gongshang.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.ProfileChange;
import org.gongshang.identity.RoleGrant;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My account: masked personal data and roles, and the email and residence the holder keeps themselves. */
@Controller
@RequestMapping("/account")
class AccountPage {

    /** Both optional: an empty email switches the email channel off, an empty residence says nothing. */
    record ProfileForm(@Nullable String email, @Nullable String residenceRegionCode) {
    }

    private final Accounts accounts;
    private final ProfileChange profiles;
    private final Actors actors;
    private final Regions regions;
    private final Organizations organizations;
    private final ResidenceOptions residences;

    AccountPage(Accounts accounts, ProfileChange profiles, Actors actors, Regions regions, Organizations organizations,
            ResidenceOptions residences) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.actors = actors;
        this.regions = regions;
        this.organizations = organizations;
        this.residences = residences;
    }

    @GetMapping
    String account(Model model) {
        AccountView account = accounts.get(actors.require().accountId());
        return page(account, new ProfileForm(account.email(), account.residenceRegionCode()), model);
    }

    @PostMapping
    String update(@Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        long id = actors.require().accountId();
        return Forms.submit(binding, () -> profiles.update(id, form.email(), form.residenceRegionCode()))
                ? saved(redirect)
                : page(accounts.get(id), form, model);
    }

    private static String saved(RedirectAttributes redirect) {
        Forms.notice(redirect, "account.saved");
        return "redirect:/account";
    }

    private String page(AccountView account, ProfileForm form, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("residences", residences.groups());
        String residence = account.residenceRegionCode();
        model.addAttribute("residenceName", residence == null ? null : regions.find(residence).map(Region::name).orElse(null));
        Map<Long, String> organizationNames = new LinkedHashMap<>();
        for (RoleGrant grant : account.grants()) {
            Long organizationId = grant.organizationId();
            if (organizationId != null) {
                organizationNames.computeIfAbsent(organizationId,
                        id -> organizations.find(id).map(Organization::name).orElse("-"));
            }
        }
        model.addAttribute("organizationNames", organizationNames);
        return "identity/account";
    }
}
