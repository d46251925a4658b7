package org.gongshang.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;

/**
 * Puts the {@link FormErrors} of each form next to it, for {@code fragments/forms}: the problems
 * of the model attribute {@code form} are {@code errors}, those of {@code renameForm} are
 * {@code renameErrors} (pages with several forms); none for a form that was not refused. A
 * handler that sets the attribute itself keeps its own.
 */
@Component
class FormErrorsModel implements PageModel {

    private static final String FORM = "form";

    private final Messages messages;

    FormErrorsModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        for (String form : List.copyOf(model.keySet())) {
            boolean isForm = form.equals(FORM) || (form.endsWith("Form") && !form.startsWith(BindingResult.MODEL_KEY_PREFIX));
            if (!isForm) {
                continue;
            }
            String errors = form.equals(FORM) ? "errors" : form.substring(0, form.length() - "Form".length()) + "Errors";
            BindingResult binding = Forms.refusedBinding(request, form);
            if (binding == null && model.get(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult bound) {
                binding = bound;
            }
            if (!model.containsAttribute(errors)) {
                model.addAttribute(errors, binding == null ? FormErrors.NONE : FormErrors.of(binding, messages));
            }
        }
    }
}
