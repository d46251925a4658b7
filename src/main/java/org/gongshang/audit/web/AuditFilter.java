package org.gongshang.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.audit.AuditQuery;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form of the audit page as typed: kept as text so that a malformed number or date is
 * shown next to its field instead of failing the whole page.
 */
record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable String from, @Nullable String to, @Nullable Integer page) {

    static final String[] FIELDS = {"action", "actor", "subjectType", "subjectId", "from", "to"};

    /** @throws DomainException INVALID naming the fields that cannot be read */
    AuditQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        Long actorId = null;
        if (Text.blankToNull(actor) != null) {
            try {
                actorId = Long.parseLong(actor.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("actor", "audit.actor.invalid"));
            }
        }
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new AuditQuery(Text.blankToNull(action), actorId, Text.blankToNull(subjectType),
                Text.blankToNull(subjectId), fromDay, toDay, page == null ? 0 : page, AuditQuery.DEFAULT_SIZE);
    }

    /** The address of another page of the same search. */
    String pageLink(int otherPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
        String[] values = {action, actor, subjectType, subjectId, from, to};
        for (int i = 0; i < FIELDS.length; i++) {
            if (Text.blankToNull(values[i]) != null) {
                link.queryParam(FIELDS[i], values[i].strip());
            }
        }
        return link.queryParam("page", otherPage).encode().build().toUriString();
    }

    private static @Nullable LocalDate day(String field, @Nullable String value, List<FieldProblem> problems) {
        if (Text.blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "audit.date.invalid"));
            return null;
        }
    }
}
