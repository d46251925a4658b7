package org.gongshang.identity.web;

import jakarta.validation.Valid;
import org.gongshang.identity.AccountStatus;
import org.gongshang.identity.Actors;
import org.gongshang.identity.RoleGrants;
import org.gongshang.identity.web.AdminAccountDetail.GrantForm;
import org.gongshang.shared.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account for its managers: its roles, granting and taking back roles, disabling, enabling and
 * clearing the sign-in delay. A refusal of a button (one's own account, a role outside one's
 * region) comes back on the page after the redirect.
 */
@Controller
@RequestMapping("/admin/accounts/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class AdminAccountPage {

    private final RoleGrants roles;
    private final AccountStatus status;
    private final Actors actors;
    private final AdminAccountDetail detail;

    AdminAccountPage(RoleGrants roles, AccountStatus status, Actors actors, AdminAccountDetail detail) {
        this.roles = roles;
        this.status = status;
        this.actors = actors;
        this.detail = detail;
    }

    @GetMapping
    String account(@PathVariable long id, Model model) {
        return detail.page(id, model);
    }

    @PostMapping("/roles")
    String grant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        detail.visible(id);
        model.addAttribute("grantForm", form);
        return Forms.submit(binding, () -> roles.grant(id, form.chosenRole(), form.organizationId(), actors.require()))
                .map(granted -> {
                    Forms.notice(redirect, "admin.accounts.granted");
                    return redirectTo(id);
                })
                .orElseGet(() -> detail.page(id, model));
    }

    @PostMapping("/roles/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        return act(id, "admin.accounts.revoked", redirect, () -> roles.revoke(id, grantId, actors.require()));
    }

    @PostMapping(path = "/state", params = "action=disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "admin.accounts.state-changed", redirect, () -> status.setEnabled(id, false, actors.require()));
    }

    @PostMapping(path = "/state", params = "action=enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "admin.accounts.state-changed", redirect, () -> status.setEnabled(id, true, actors.require()));
    }

    @PostMapping(path = "/state", params = "action=unlock")
    String clearSignInDelay(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "admin.accounts.state-changed", redirect, () -> status.clearSignInDelay(id, actors.require()));
    }

    /** A button: done, or refused with the reason on the account's page. */
    private String act(long id, String noticeKey, RedirectAttributes redirect, Runnable act) {
        detail.visible(id);
        Forms.submit(redirect, () -> {
            act.run();
            return noticeKey;
        }).ifPresent(key -> Forms.notice(redirect, key));
        return redirectTo(id);
    }

    private static String redirectTo(long id) {
        return "redirect:/admin/accounts/" + id;
    }
}
