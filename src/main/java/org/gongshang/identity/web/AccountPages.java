package org.gongshang.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.ProfileChange;
import org.gongshang.identity.security.SessionCredentials;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My account: masked personal data, roles, email and residence, and changing the password. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final ProfileChange profiles;
    private final Passwords passwords;
    private final Actors actors;
    private final Regions regions;
    private final Organizations organizations;
    private final ResidenceOptions residences;
    private final Messages messages;

    AccountPages(Accounts accounts, ProfileChange profiles, Passwords passwords, Actors actors, Regions regions,
            Organizations organizations, ResidenceOptions residences, Messages messages) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.passwords = passwords;
        this.actors = actors;
        this.regions = regions;
        this.organizations = organizations;
        this.residences = residences;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(accounts.get(actors.require().accountId()), FormErrors.NONE, model);
    }

    @PostMapping("/account")
    String update(@RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String residenceRegionCode, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        long id = actors.require().accountId();
        try {
            profiles.update(id, email, residenceRegionCode);
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            return page(accounts.get(id), FormErrors.of(problem, messages), model);
        }
        redirect.addFlashAttribute("noticeKey", "account.saved");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("mustChange", accounts.get(actors.require().accountId()).mustChangePassword());
        model.addAttribute("errors", FormErrors.NONE);
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam(required = false) @Nullable String newPasswordConfirm, HttpSession session, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        long id = actors.require().accountId();
        model.addAttribute("mustChange", accounts.get(id).mustChangePassword());
        if (!newPassword.equals(newPasswordConfirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.field("newPasswordConfirm", messages.get("identity.password.mismatch")));
            return "identity/password";
        }
        try {
            // Every other session of the account ends; this one carries on.
            SessionCredentials.remember(session, passwords.change(id, currentPassword, newPassword));
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            model.addAttribute("errors", FormErrors.of(problem, messages));
            return "identity/password";
        }
        redirect.addFlashAttribute("noticeKey", "account.password.done");
        return "redirect:/account";
    }

    private String page(AccountView account, FormErrors errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("residences", residences.groups());
        model.addAttribute("residenceName", account.residenceRegionCode() == null ? null
                : regions.find(account.residenceRegionCode()).map(r -> r.name()).orElse(null));
        model.addAttribute("organizationNames", account.grants().stream()
                .filter(grant -> grant.organizationId() != null)
                .collect(java.util.stream.Collectors.toMap(grant -> grant.organizationId(),
                        grant -> organizations.find(grant.organizationId()).map(o -> o.name()).orElse("-"), (a, b) -> a)));
        return "identity/account";
    }
}
