package org.gongshang.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.audit.AuditLog;
import org.gongshang.audit.AuditPage;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormProblems;
import org.gongshang.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit log search for admins; the filter form updates the results in place with htmx. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditLogPage {

    private final AuditLog auditLog;
    private final Messages messages;

    AuditLogPage(AuditLog auditLog, Messages messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping
    String page(@ModelAttribute("filter") AuditFilter filter, Model model, HttpServletResponse response) {
        search(filter, model, response);
        return "audit/log";
    }

    @HxRequest
    @GetMapping
    String results(@ModelAttribute("filter") AuditFilter filter, Model model, HttpServletResponse response) {
        search(filter, model, response);
        return "audit/log :: results";
    }

    private void search(AuditFilter filter, Model model, HttpServletResponse response) {
        try {
            AuditPage page = auditLog.search(filter.toQuery());
            model.addAttribute("rows", page.entries().stream().map(AuditRow::of).toList());
            model.addAttribute("page", page);
            model.addAttribute("previousLink", filter.pageLink(page.page() - 1));
            model.addAttribute("nextLink", filter.pageLink(page.page() + 1));
            model.addAttribute("problems", FormProblems.none());
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("problems", FormProblems.of(e, messages, AuditFilter.FIELDS));
        }
    }
}
