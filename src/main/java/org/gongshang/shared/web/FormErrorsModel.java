package org.gongshang.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;

/**
 * Puts the {@link FormErrors} of each bound form next to it, for {@code fragments/forms}: the
 * problems of the model attribute {@code form} are {@code errors}, those of {@code renameForm}
 * are {@code renameErrors} (pages with several forms). A handler that sets the attribute itself
 * keeps its own.
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
        for (String key : List.copyOf(model.keySet())) {
            if (key.startsWith(BindingResult.MODEL_KEY_PREFIX) && model.get(key) instanceof BindingResult binding) {
                String form = binding.getObjectName();
                if (form.endsWith("Form") || form.equals(FORM)) {
                    String errors = form.equals(FORM) ? "errors" : form.substring(0, form.length() - "Form".length()) + "Errors";
                    if (!model.containsAttribute(errors)) {
                        model.addAttribute(errors, FormErrors.of(binding, messages));
                    }
                }
            }
        }
    }
}
