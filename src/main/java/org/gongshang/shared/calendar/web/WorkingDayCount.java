package org.gongshang.shared.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * The "count working days" helper as typed: from a date, so many working days on (or back, when
 * negative). Limited to about four years either way, which is more than any deadline needs.
 */
record WorkingDayCount(@Nullable String from, @Nullable String days) {

    static final int MAX_DAYS = 1000;
    static final String[] FIELDS = {"from", "days"};

    record Parsed(LocalDate from, int days) {
    }

    /** @throws DomainException INVALID naming the fields that cannot be read */
    Parsed parse() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = null;
        try {
            start = LocalDate.parse(Text.blankToNull(from) == null ? "" : from.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("from", "calendar.day.invalid"));
        }
        Integer count = null;
        try {
            count = Integer.parseInt(Text.blankToNull(days) == null ? "" : days.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (count == null || Math.abs(count) > MAX_DAYS) {
            problems.add(new FieldProblem("days", "calendar.count.days.invalid", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new Parsed(start, count);
    }

    boolean isAsked() {
        return Text.blankToNull(from) != null || Text.blankToNull(days) != null;
    }
}
