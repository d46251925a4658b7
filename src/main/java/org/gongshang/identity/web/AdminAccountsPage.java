package org.gongshang.identity.web;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.Role;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accounts a manager may see, and opening an account with a role: admins everywhere, staff for their region. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class AdminAccountsPage {

    /** The fields' rules are the use case's; only the role must be chosen here. */
    record NewAccountForm(String username, String realName, @Nullable String phone, @Nullable String idNumber,
            @Nullable String email, @NotNull(message = "{identity.grant.role-required}") @Nullable Role role,
            @Nullable Long organizationId, @Nullable String initialPassword) {

        NewAccountForm {
            username = username == null ? "" : username;
            realName = realName == null ? "" : realName;
        }

        /** Only after Bean Validation, which refuses a form without a role. */
        NewAccount toNewAccount() {
            return new NewAccount(username, realName, phone, idNumber, email, Objects.requireNonNull(role, "validated"),
                    organizationId, initialPassword);
        }

        @Override
        public String toString() {
            return "NewAccountForm[" + username + "]";
        }
    }

    static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final AccountOpening opening;
    private final Actors actors;
    private final GrantChoices choices;

    AdminAccountsPage(Accounts accounts, AccountOpening opening, Actors actors, GrantChoices choices) {
        this.accounts = accounts;
        this.opening = opening;
        this.actors = actors;
        this.choices = choices;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", accounts.search(actors.require(), q, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "identity/admin/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return page(new NewAccountForm("", "", null, null, null, null, null, null), model);
    }

    /** The initial password is shown once, on the new account's page. */
    @PostMapping
    String open(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor creator = actors.require();
        return Forms.submit(binding, () -> opening.open(form.toNewAccount(), creator))
                .map(created -> {
                    Forms.notice(redirect, "admin.accounts.created", created.initialPassword());
                    return "redirect:/admin/accounts/" + created.account().id();
                })
                .orElseGet(() -> page(form, model));
    }

    private String page(NewAccountForm form, Model model) {
        Actor manager = actors.require();
        model.addAttribute("form", form);
        model.addAttribute("roles", choices.roles(manager));
        model.addAttribute("organizations", choices.organizations(manager));
        return "identity/admin/new-account";
    }
}
