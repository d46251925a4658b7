package org.gongshang.shared.web;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one error path of a page form. A handler binds a typed form record with Bean Validation and
 * hands the act to {@code submit}:
 * <pre>{@code
 * @PostMapping("/{code}/name")
 * String rename(@PathVariable String code, @Valid @ModelAttribute("form") RenameForm form, BindingResult binding, ...) {
 *     return Forms.submit(binding, () -> maintenance.rename(code, form.name(), CurrentAccount.idOrNull()))
 *             .map(renamed -> "redirect:...")
 *             .orElseGet(() -> page(code, model));
 * }
 * }</pre>
 * The act runs only when the input has the right shape. A {@link DomainException} it throws for a
 * business rule (invalid, conflict, too many) becomes errors of the same binding: at the field it
 * names when the form has that field, otherwise above the form. Refusals that say "not here"
 * (not found, forbidden, unauthenticated) are not the form's business and go on to the error page.
 * When the form failed, a full page answers with the refusal's status (400 for input of the wrong
 * shape); an htmx request answers 200, since htmx swaps in only successful responses. Templates
 * show the problems with {@code fragments/forms} through {@link FormErrors}, which
 * {@link FormErrorsModel} puts next to the form.
 */
public final class Forms {

    private static final String REFUSED = Forms.class.getName() + ".refused.";

    private Forms() {
    }

    /** @return the act's result, or empty when the form is to be shown again with its problems */
    public static <T> Optional<T> submit(BindingResult binding, Supplier<T> act) {
        if (binding.hasErrors()) {
            refused(binding, 400);
            return Optional.empty();
        }
        try {
            return Optional.of(Objects.requireNonNull(act.get(), "a form's act returns what it did"));
        } catch (DomainException e) {
            if (!belongsToForm(e)) {
                throw e;
            }
            reject(binding, e);
            refused(binding, e.kind().status());
            return Optional.empty();
        }
    }

    /** @return whether the act was done; false when the form is to be shown again with its problems */
    public static boolean submit(BindingResult binding, Runnable act) {
        return submit(binding, () -> {
            act.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * A form without input of its own (a button: deactivate, reactivate), or with a field or two that
     * a small form on a page with others sends: the act runs, and its refusal for a business rule
     * comes back after the redirect as the flash attributes {@code errorKey} and {@code errorArgs},
     * shown by {@code fragments/forms :: keyed}. A refusal naming fields says the first field's
     * problem rather than only that the input was wrong.
     *
     * @return the act's result, or empty when it was refused
     */
    public static <T> Optional<T> submit(RedirectAttributes redirect, Supplier<T> act) {
        try {
            return Optional.of(Objects.requireNonNull(act.get(), "a form's act returns what it did"));
        } catch (DomainException e) {
            if (!belongsToForm(e)) {
                throw e;
            }
            FieldProblem first = e.fieldProblems().isEmpty() ? null : e.fieldProblems().getFirst();
            redirect.addFlashAttribute("errorKey", first == null ? e.messageKey() : first.messageKey());
            redirect.addFlashAttribute("errorArgs", first == null ? e.args() : first.args());
            return Optional.empty();
        }
    }

    /** The message the next page shows after a redirect ({@code fragments/forms :: notice}). */
    public static void notice(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute("noticeKey", messageKey);
        if (args.length > 0) {
            redirect.addFlashAttribute("noticeArgs", args);
        }
    }

    /** Adds a refusal's problems to the binding, e.g. for a check made before the act. */
    public static void reject(BindingResult binding, DomainException refusal) {
        if (refusal.fieldProblems().isEmpty()) {
            binding.addError(new ObjectError(binding.getObjectName(), new String[] {refusal.messageKey()},
                    refusal.args(), null));
        }
        for (FieldProblem problem : refusal.fieldProblems()) {
            String[] codes = {problem.messageKey()};
            if (FormErrors.hasField(binding, problem.field())) {
                binding.addError(new FieldError(binding.getObjectName(), problem.field(), null, false, codes,
                        problem.args(), null));
            } else {
                binding.addError(new ObjectError(binding.getObjectName(), codes, problem.args(), null));
            }
        }
    }

    private static boolean belongsToForm(DomainException e) {
        return switch (e.kind()) {
            case INVALID, CONFLICT, TOO_MANY, UNAVAILABLE -> true;
            case NOT_FOUND, FORBIDDEN, UNAUTHENTICATED -> false;
        };
    }

    /**
     * The refused binding is kept with the request for {@link FormErrorsModel}: the model may have
     * lost it, since Spring drops a form's binding result when the page puts the form into the model
     * again, and a form whose values could not be converted is in the model as null.
     */
    static @Nullable BindingResult refusedBinding(HttpServletRequest request, String form) {
        return request.getAttribute(REFUSED + form) instanceof BindingResult binding ? binding : null;
    }

    private static void refused(BindingResult binding, int status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(REFUSED + binding.getObjectName(), binding);
            @Nullable HttpServletResponse response = attributes.getResponse();
            if (response != null && !isHtmx(attributes.getRequest())) {
                response.setStatus(status);
            }
        }
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
