package org.gongshang.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.AccountScope;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.PersonalField;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one account for its managers, shared by the handlers of its forms: what a refused
 * form brings back is kept, the other forms start afresh. Staff see only accounts in their region;
 * any other reads as not found.
 */
@Component
class AdminAccountDetail {

    record GrantForm(@NotNull(message = "{identity.grant.role-required}") @Nullable Role role, @Nullable Long organizationId) {

        /** Only after Bean Validation, which refuses a form without a role. */
        Role chosenRole() {
            return Objects.requireNonNull(role, "validated");
        }
    }

    /** The reason's rule (a few words, for the audit log) is the use case's. */
    record RevealForm(@NotNull(message = "{identity.personal-field.required}") @Nullable PersonalField field, String reason) {

        RevealForm {
            reason = reason == null ? "" : reason;
        }

        /** Only after Bean Validation, which refuses a form without a field. */
        PersonalField chosenField() {
            return Objects.requireNonNull(field, "validated");
        }
    }

    /** An administrator's reset of a lost phone; the number's and the reason's rules are the use case's. */
    record PhoneResetForm(String phone, String reason) {

        PhoneResetForm {
            phone = phone == null ? "" : phone;
            reason = reason == null ? "" : reason;
        }

        @Override
        public String toString() {
            return "PhoneResetForm";
        }
    }

    static final String VIEW = "identity/admin/account";

    private final AccountScope scope;
    private final Actors actors;
    private final Organizations organizations;
    private final GrantChoices choices;

    AdminAccountDetail(AccountScope scope, Actors actors, Organizations organizations, GrantChoices choices) {
        this.scope = scope;
        this.actors = actors;
        this.organizations = organizations;
        this.choices = choices;
    }

    /** The account, if the signed-in manager may see it; not found otherwise. */
    AccountView visible(long id) {
        return scope.visibleTo(actors.require(), id);
    }

    String page(long id, Model model) {
        Actor manager = actors.require();
        AccountView account = scope.visibleTo(manager, id);
        model.addAttribute("account", account);
        model.addAttribute("roles", choices.roles(manager));
        model.addAttribute("organizations", choices.organizations(manager));
        Map<Long, String> organizationNames = new LinkedHashMap<>();
        for (RoleGrant grant : account.grants()) {
            Long organizationId = grant.organizationId();
            if (organizationId != null) {
                organizationNames.computeIfAbsent(organizationId,
                        oid -> organizations.find(oid).map(Organization::name).orElse("-"));
            }
        }
        model.addAttribute("organizationNames", organizationNames);
        model.addAttribute("personalFields", PersonalField.values());
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, null));
        }
        if (!model.containsAttribute("revealForm")) {
            model.addAttribute("revealForm", new RevealForm(PersonalField.ID_NUMBER, ""));
        }
        if (!model.containsAttribute("phoneResetForm")) {
            model.addAttribute("phoneResetForm", new PhoneResetForm("", ""));
        }
        return VIEW;
    }
}
