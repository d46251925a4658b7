package org.gongshang.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.cluster.ClusterSignals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where deadlines are counted in working days (工作日): Monday to Friday, minus
 * official holidays, plus the weekend days that are worked instead (调休). Admins maintain the
 * holidays; every module asks this calendar.
 */
@Service
public class WorkingDayCalendar {

    static final int MAX_NAME = 60;

    static final String CHANGED = "calendar.changed";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ClusterSignals signals;
    private final Map<Integer, Map<LocalDate, DayKind>> years = new ConcurrentHashMap<>();

    WorkingDayCalendar(JdbcClient jdbc, ApplicationEventPublisher events, ClusterSignals signals) {
        this.jdbc = jdbc;
        this.events = events;
        this.signals = signals;
        // Other nodes' changes: the year is read again when the change has committed there.
        signals.subscribe(CHANGED, signal -> years.remove(Integer.parseInt(signal.payload())));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = year(day.getYear()).get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return !isWeekend(day);
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

    /**
     * Adds or changes the entry of a day. A WORKDAY (调休上班) must be a Saturday or Sunday: on a
     * weekday it would change nothing, so it is most likely a typing error.
     */
    @Transactional
    public void set(CalendarDay day, @Nullable Long actorId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day.name().isBlank() || day.name().strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "calendar.name.invalid"));
        }
        if (day.kind() == DayKind.WORKDAY && !isWeekend(day.day())) {
            problems.add(new FieldProblem("kind", "calendar.workday.weekend", day.day()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        jdbc.sql("""
                insert into calendar_day (day, kind, name) values (:day, :kind, :name)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
                .param("day", day.day()).param("kind", day.kind().name()).param("name", day.name().strip())
                .update();
        events.publishEvent(AuditRecord.of("calendar.day-set", actorId, "calendar-day", day.day())
                .with("kind", day.kind()).with("name", day.name().strip()));
        forget(day.day().getYear());
    }

    /** Removes the entry of a day, which then follows the week again; nothing happens for a day without one. */
    @Transactional
    public void remove(LocalDate day, @Nullable Long actorId) {
        int removed = jdbc.sql("delete from calendar_day where day = :day").param("day", day).update();
        if (removed > 0) {
            events.publishEvent(AuditRecord.of("calendar.day-removed", actorId, "calendar-day", day));
        }
        forget(day.getYear());
    }

    /**
     * Forgets a year now and again when the transaction ends: a request reading the year between
     * now and the commit would otherwise keep the old days until the next {@link #refresh()}. Other
     * nodes forget it when the change commits (cluster signal).
     */
    private void forget(int year) {
        years.remove(year);
        signals.send(CHANGED, Integer.toString(year));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    years.remove(year);
                }
            });
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, DayKind> year(int year) {
        return years.computeIfAbsent(year, y -> daysOf(y).stream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::day, CalendarDay::kind)));
    }

    /** Forgets what was read, should another node's signal have been missed (a lost connection). */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    public void refresh() {
        years.clear();
    }
}
