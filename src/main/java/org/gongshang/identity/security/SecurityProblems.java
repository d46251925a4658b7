package org.gongshang.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.web.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as problem details, in the caller's language. */
@Component
class SecurityProblems {

    private final ProblemDetails problems;
    private final JsonMapper json;

    SecurityProblems(ProblemDetails problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, problems.of(HttpStatus.UNAUTHORIZED, "identity.login.required"));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, problems.of(HttpStatus.FORBIDDEN, "error.forbidden"));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
