package org.gongshang.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.FirstAdministrator;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's one-time link: the first administrator of a real installation sets name, phone and password. */
@Controller
class SetupPage {

    record SetupForm(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 30) String realName,
            @NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 200) String password,
            @Nullable String passwordConfirm) {

        @Override
        public String toString() {
            return "SetupForm[" + username + "]";
        }
    }

    private final FirstAdministrator firstAdministrator;

    SetupPage(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model) {
        requireValid(token);
        model.addAttribute("token", token);
        model.addAttribute("form", new SetupForm("admin", "", "", "", null));
        return "identity/setup";
    }

    @PostMapping("/setup/{token}")
    String create(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        requireValid(token);
        model.addAttribute("token", token);
        if (form.password() != null && !form.password().equals(form.passwordConfirm())) {
            binding.rejectValue("passwordConfirm", "identity.password.mismatch");
        }
        return Forms.submit(binding, () -> firstAdministrator.complete(token, form.username(), form.realName(), form.phone(),
                        form.password()))
                .map(id -> {
                    redirect.addFlashAttribute("noticeKey", "setup.done");
                    return "redirect:/login";
                })
                .orElse("identity/setup");
    }

    /** An unknown, used or expired link looks like no page at all. */
    private void requireValid(String token) {
        if (!firstAdministrator.isValid(token)) {
            throw DomainException.notFound("identity.setup.link-invalid");
        }
    }
}
