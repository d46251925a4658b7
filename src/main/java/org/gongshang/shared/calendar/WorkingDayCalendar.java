package org.gongshang.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.gongshang.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where deadlines are counted in working days (工作日): Monday to Friday, minus
 * official holidays, plus the weekend days that are worked instead (调休). Admins maintain the
 * holidays; every module asks this calendar.
 */
@Service
public class WorkingDayCalendar {

    private final JdbcClient jdbc;
    private final Map<Integer, Map<LocalDate, DayKind>> years = new ConcurrentHashMap<>();

    WorkingDayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = year(day.getYear()).get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which {@code days} working days after {@code start} have passed; {@code start}
     * itself does not count, so 1 working day after a Friday is the next working Monday.
     * Negative {@code days} count backwards (e.g. materials due 10 working days before a session).
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        int step = days >= 0 ? 1 : -1;
        LocalDate day = start;
        for (int remaining = Math.abs(days); remaining > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public List<CalendarDay> daysOf(int year) {
        return jdbc.sql("select day, kind, name from calendar_day where extract(year from day) = :year order by day")
                .param("year", year)
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    @Transactional
    public void set(CalendarDay day) {
        if (day.name().isBlank() || day.name().length() > 60) {
            throw DomainException.invalidField("name", "calendar.name.invalid");
        }
        jdbc.sql("""
                insert into calendar_day (day, kind, name) values (:day, :kind, :name)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
                .param("day", day.day()).param("kind", day.kind().name()).param("name", day.name().strip())
                .update();
        years.remove(day.day().getYear());
    }

    @Transactional
    public void remove(LocalDate day) {
        jdbc.sql("delete from calendar_day where day = :day").param("day", day).update();
        years.remove(day.getYear());
    }

    private Map<LocalDate, DayKind> year(int year) {
        return years.computeIfAbsent(year, y -> daysOf(y).stream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::kind)));
    }

    /** Forgets what was read, so that a change made on another node is seen within minutes. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    public void refresh() {
        years.clear();
    }

}
