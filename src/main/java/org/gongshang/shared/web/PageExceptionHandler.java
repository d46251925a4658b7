package org.gongshang.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The last resort for pages: a readable, translated message with the right status and never a
 * stack trace. Forms catch their own {@link DomainException}s to show them next to the input. The
 * error page is a page like any other, with the header of the person signed in: the interceptor
 * that adds the {@link PageModel}s does not run when a handler failed, so they are added here.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final SignInRedirect SIGN_IN = new SignInRedirect();

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final List<PageModel> parts;

    PageExceptionHandler(List<PageModel> parts) {
        this.parts = List.copyOf(parts);
    }

    @ExceptionHandler(DomainException.class)
    @Nullable
    ModelAndView domain(DomainException exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (exception.kind() == DomainException.Kind.UNAUTHENTICATED && !SignInRedirect.signedIn()) {
            // A visitor who opened a page that needs a login (a QR code to a submission form, a link
            // in a message) is sent to sign in and brought back, as Spring Security does for paths
            // that are not public at all.
            SIGN_IN.send(request, response);
            return null; // answered: Spring renders nothing more
        }
        exception.retryAfter().ifPresent(wait -> response.setHeader("Retry-After", Long.toString(RetryAfter.seconds(wait))));
        return page(exception.kind().status(), exception.messageKey(), exception.args(), request, response);
    }

    /** Two changes based on the same version of an aggregate: the second is told to reload. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile(HttpServletRequest request, HttpServletResponse response) {
        return page(409, "error.changed-meanwhile", new Object[0], request, response);
    }

    /** A request parameter or form field missing or not convertible (a tampered select, a malformed number). */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, BindException.class,
            ServletRequestBindingException.class, MissingServletRequestPartException.class})
    ModelAndView typeMismatch(HttpServletRequest request, HttpServletResponse response) {
        return page(400, "problem.title.400", new Object[0], request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(404, "problem.title.404", new Object[0], request, response);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException exception) {
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error on a page", exception);
        return page(500, "error.unexpected", new Object[0], request, response);
    }

    private ModelAndView page(int status, String messageKey, Object[] args, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("messageKey", messageKey);
        page.addObject("messageArgs", args);
        parts.forEach(part -> part.addTo(page.getModelMap(), request));
        return page;
    }
}
