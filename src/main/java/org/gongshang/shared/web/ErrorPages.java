package org.gongshang.shared.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container forwards to when nothing else answered: an unknown address, a
 * rejected upload, an error before any controller. API paths get problem details, pages a page;
 * both carry the message a filter named ({@link RefusedRequests}), else the status's title.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemDetails problems;
    private final Messages messages;

    ErrorPages(ProblemDetails problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        Object key = request.getAttribute(RefusedRequests.MESSAGE_KEY);
        model.addAttribute("messageKey", key instanceof String named ? named : "problem.title." + status.value());
        model.addAttribute("messageArgs", request.getAttribute(RefusedRequests.MESSAGE_ARGS));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (request.getAttribute(RefusedRequests.MESSAGE_KEY) instanceof String key) {
            Object[] args = request.getAttribute(RefusedRequests.MESSAGE_ARGS) instanceof Object[] given ? given : new Object[0];
            ProblemDetail problem = problems.of(status, key, messages.get(key, args), List.of());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String code = "problem.title." + status.value();
        ProblemDetail problem = problems.of(status, code, problems.of(status, code).getTitle(), List.of());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
        return problem(request);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
