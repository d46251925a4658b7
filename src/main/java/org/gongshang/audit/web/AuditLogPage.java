package org.gongshang.audit.web;

import java.time.format.DateTimeFormatter;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.audit.AuditLog;
import org.gongshang.audit.AuditPage;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.FormErrors;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog auditLog;
    private final AuditLabels labels;
    private final Messages messages;

    AuditLogPage(AuditLog auditLog, AuditLabels labels, Messages messages) {
        this.auditLog = auditLog;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping
    String page(@ModelAttribute("filter") AuditFilter filter, Model model, HttpServletResponse response) {
        if (!search(filter, model)) {
            response.setStatus(400);
        }
        return "audit/log";
    }

    /** The form with the results; always 200, because htmx swaps in only successful responses. */
    @HxRequest
    @GetMapping
    String searchFragment(@ModelAttribute("filter") AuditFilter filter, Model model) {
        search(filter, model);
        return "audit/log :: search";
    }

    /** @return whether the filters could be read */
    private boolean search(AuditFilter filter, Model model) {
        try {
            AuditPage page = auditLog.search(filter.toQuery());
            model.addAttribute("rows", page.entries().stream()
                    .map(entry -> labels.row(entry, TIME.format(entry.occurredAt().atZone(Zones.platform())))).toList());
            model.addAttribute("page", page);
            model.addAttribute("previousLink", filter.pageLink(page.page() - 1));
            model.addAttribute("nextLink", filter.pageLink(page.page() + 1));
            model.addAttribute("problems", FormErrors.NONE);
            return true;
        } catch (DomainException e) {
            model.addAttribute("problems", FormErrors.of(e, messages, AuditFilter.FIELDS));
            return false;
        }
    }
}
