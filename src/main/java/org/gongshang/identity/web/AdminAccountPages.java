package org.gongshang.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.AccountScope;
import org.gongshang.identity.AccountStatus;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.CreatedAccount;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.PersonalDataReveal;
import org.gongshang.identity.PersonalField;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrants;
import org.gongshang.identity.RoleGrant;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.DomainException;
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

/** Accounts and roles: admins everywhere, staff for their region. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class AdminAccountPages {

    record NewAccountForm(@Nullable String username, @Nullable String realName, @Nullable String phone,
            @Nullable String idNumber, @Nullable String email, @Nullable Role role, @Nullable Long organizationId,
            @Nullable String initialPassword) {

        @Override
        public String toString() {
            return "NewAccountForm[" + username + "]";
        }
    }

    private final Accounts accounts;
    private final AccountScope scope;
    private final AccountOpening opening;
    private final RoleGrants roles;
    private final AccountStatus status;
    private final PersonalDataReveal personalData;
    private final Actors actors;
    private final Organizations organizations;
    private final Messages messages;

    AdminAccountPages(Accounts accounts, AccountScope scope, AccountOpening opening, RoleGrants roles, AccountStatus status,
            PersonalDataReveal personalData, Actors actors, Organizations organizations, Messages messages) {
        this.accounts = accounts;
        this.scope = scope;
        this.opening = opening;
        this.roles = roles;
        this.status = status;
        this.personalData = personalData;
        this.actors = actors;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", accounts.search(actors.require(), q, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        return "identity/admin/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return newPage(new NewAccountForm(null, null, null, null, null, null, null, null), FormErrors.NONE, model);
    }

    @PostMapping
    String create(@ModelAttribute NewAccountForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            if (form.role() == null) {
                throw DomainException.invalidField("role", "identity.grant.role-required");
            }
            CreatedAccount created = opening.open(new NewAccount(orEmpty(form.username()), orEmpty(form.realName()),
                    form.phone(), form.idNumber(), form.email(), form.role(), form.organizationId(), form.initialPassword()),
                    actor);
            redirect.addFlashAttribute("noticeKey", "admin.accounts.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {created.initialPassword()});
            return "redirect:/admin/accounts/" + created.account().id();
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return newPage(form, FormErrors.of(problem, messages), model);
        }
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, Model model) {
        return detail(managed(id), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/roles")
    String grant(@PathVariable long id, @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable Long organizationId, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        AccountView account = managed(id);
        try {
            if (role == null) {
                throw DomainException.invalidField("role", "identity.grant.role-required");
            }
            roles.grant(id, role, organizationId, actors.require());
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return detail(account, FormErrors.of(problem, messages), model);
        }
        redirect.addFlashAttribute("noticeKey", "admin.accounts.granted");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/roles/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        managed(id);
        roles.revoke(id, grantId, actors.require());
        redirect.addFlashAttribute("noticeKey", "admin.accounts.revoked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/state")
    String changeState(@PathVariable long id, @RequestParam String action, RedirectAttributes redirect) {
        managed(id);
        Actor actor = actors.require();
        switch (action) {
            case "disable" -> status.setEnabled(id, false, actor);
            case "enable" -> status.setEnabled(id, true, actor);
            case "unlock" -> status.clearSignInDelay(id, actor);
            default -> throw DomainException.invalidField("action", "error.invalid-input");
        }
        redirect.addFlashAttribute("noticeKey", "admin.accounts.state-changed");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasRole('ADMIN')")
    String reveal(@PathVariable long id, @RequestParam PersonalField field, @RequestParam String reason,
            HttpServletResponse response, Model model) {
        AccountView account = managed(id);
        try {
            String value = personalData.reveal(id, field, reason, actors.require());
            model.addAttribute("revealed", messages.get("admin.accounts.revealed", messages.get("personal-field." + field), value));
            // The full value must not stay in caches or history.
            response.setHeader("Cache-Control", "no-store");
            return detail(account, FormErrors.NONE, model);
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            return detail(account, FormErrors.of(problem, messages), model);
        }
    }

    private AccountView managed(long id) {
        Actor actor = actors.require();
        AccountView account = accounts.get(id);
        if (!scope.mayView(actor, id)) {
            throw DomainException.notFound("identity.account.unknown", id);
        }
        return account;
    }

    private String newPage(NewAccountForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", grantableRoles());
        model.addAttribute("organizations", organizationsInScope());
        return "identity/admin/new-account";
    }

    private String detail(AccountView account, FormErrors errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", grantableRoles());
        model.addAttribute("organizations", organizationsInScope());
        model.addAttribute("organizationNames", account.grants().stream().map(RoleGrant::organizationId)
                .filter(java.util.Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.toMap(oid -> oid,
                        oid -> organizations.find(oid).map(Organization::name).orElse("-"))));
        return "identity/admin/account";
    }

    private List<Role> grantableRoles() {
        Actor actor = actors.require();
        return Arrays.stream(Role.values())
                .filter(role -> role != Role.RESIDENT && (actor.isAdmin() || role != Role.ADMIN))
                .toList();
    }

    private List<Organization> organizationsInScope() {
        Actor actor = actors.require();
        if (actor.isAdmin()) {
            return organizations.list(null, null);
        }
        List<Organization> inScope = new ArrayList<>();
        for (String root : actors.scopeRoots(actor, Role.STAFF)) {
            inScope.addAll(organizations.list(null, root));
        }
        return inScope.stream().distinct().toList();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
