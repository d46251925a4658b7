package org.gongshang.shared.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.gongshang.shared.calendar.CalendarDay;
import org.gongshang.shared.calendar.DayKind;
import org.jspecify.annotations.Nullable;

/** The day form as typed; kept as text so that a malformed date is shown next to its field. */
record DayForm(@Nullable String day, @Nullable String kind, @Nullable String name) {

    static final String[] FIELDS = {"day", "kind", "name"};

    static DayForm of(CalendarDay day) {
        return new DayForm(day.day().toString(), day.kind().name(), day.name());
    }

    static DayForm empty() {
        return new DayForm(null, null, null);
    }

    /** @throws DomainException INVALID naming the fields that cannot be read */
    CalendarDay toCalendarDay() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(Text.blankToNull(day) == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("day", "calendar.day.invalid"));
        }
        DayKind dayKind = null;
        try {
            dayKind = DayKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "calendar.kind.required"));
        }
        if (date == null || dayKind == null) {
            throw DomainException.invalidFields(problems);
        }
        return new CalendarDay(date, dayKind, name == null ? "" : name);
    }
}
