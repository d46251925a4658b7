package org.gongshang.audit;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.audit.internal.AuditStore;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Reading the audit log. Entries are written only by the log itself, from the
 * {@link org.gongshang.shared.AuditRecord} events that modules publish. Reading is not audited.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    AuditLog(AuditStore store) {
        this.store = store;
    }

    /** @throws DomainException INVALID for a negative page, a size outside 1 to 200, or a range that ends before it starts */
    public AuditPage search(AuditQuery query) {
        List<FieldProblem> problems = new ArrayList<>();
        if (query.page() < 0) {
            problems.add(new FieldProblem("page", "audit.page.invalid"));
        }
        if (query.size() < 1 || query.size() > AuditQuery.MAX_SIZE) {
            problems.add(new FieldProblem("size", "audit.size.invalid", AuditQuery.MAX_SIZE));
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            problems.add(new FieldProblem("to", "audit.range.invalid"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        List<AuditEntry> found = store.search(query, query.size() + 1);
        boolean hasNext = found.size() > query.size();
        return new AuditPage(hasNext ? found.subList(0, query.size()) : found, query.page(), query.size(), hasNext);
    }
}
