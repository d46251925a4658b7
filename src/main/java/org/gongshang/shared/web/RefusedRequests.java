package org.gongshang.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refusals by servlet filters, before Spring MVC: the filter names a message and sends the status;
 * the container forwards to {@link ErrorPages}, which answers with problem details on the API and
 * a page elsewhere, both with that message.
 */
final class RefusedRequests {

    static final String MESSAGE_KEY = RefusedRequests.class.getName() + ".messageKey";
    static final String MESSAGE_ARGS = RefusedRequests.class.getName() + ".messageArgs";

    private RefusedRequests() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String messageKey, Object... args)
            throws IOException {
        request.setAttribute(MESSAGE_KEY, messageKey);
        request.setAttribute(MESSAGE_ARGS, args);
        response.sendError(status);
    }
}
