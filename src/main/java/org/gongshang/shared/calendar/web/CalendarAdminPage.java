package org.gongshang.shared.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.calendar.CalendarDay;
import org.gongshang.shared.calendar.DayKind;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar for admins: a year's holidays and adjusted working days (调休), a form to
 * add, change or remove a day, and a helper that counts working days, so that admins can check
 * deadlines after entering a new year's State Council notice.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminPage {

    private final WorkingDayCalendar calendar;
    private final Messages messages;
    private final Clock clock;

    CalendarAdminPage(WorkingDayCalendar calendar, Messages messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code day} fills the form with that day's entry, to change it. */
    @GetMapping
    String year(@RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        int shown = year != null ? year : day != null ? day.getYear() : LocalDate.now(clock).getYear();
        List<CalendarDay> days = calendar.daysOf(shown);
        DayForm form = days.stream().filter(d -> d.day().equals(day)).findFirst().map(DayForm::of)
                .orElse(day == null ? DayForm.empty() : new DayForm(day.toString(), null, null));
        return page(shown, form, FormErrors.NONE, new WorkingDayCount(null, null), model);
    }

    @PostMapping
    String set(DayForm form, @RequestParam(required = false) @Nullable Integer year, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            CalendarDay day = form.toCalendarDay();
            calendar.set(day, CurrentAccount.idOrNull());
            redirect.addFlashAttribute("noticeKey", "calendar.saved");
            return "redirect:/admin/calendar?year=" + day.day().getYear();
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            int shown = year != null ? year : LocalDate.now(clock).getYear();
            return page(shown, form, FormErrors.of(e, messages, DayForm.FIELDS), new WorkingDayCount(null, null), model);
        }
    }

    @PostMapping("/{day}/remove")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        calendar.remove(day, CurrentAccount.idOrNull());
        redirect.addFlashAttribute("noticeKey", "calendar.removed");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    /** Without JavaScript, the whole page with the answer; the year shown is the start date's. */
    @GetMapping("/count")
    String count(@ModelAttribute("count") WorkingDayCount count, Model model, HttpServletResponse response) {
        if (!answer(count, model)) {
            response.setStatus(400);
        }
        LocalDate from = model.getAttribute("countFrom") instanceof LocalDate start ? start : LocalDate.now(clock);
        return page(from.getYear(), DayForm.empty(), FormErrors.NONE, count, model);
    }

    /** The helper's form with its answer; always 200, because htmx swaps in only successful responses. */
    @HxRequest
    @GetMapping("/count")
    String countFragment(@ModelAttribute("count") WorkingDayCount count, Model model) {
        answer(count, model);
        return "shared/calendar :: count-form";
    }

    /** @return whether the question could be read */
    private boolean answer(WorkingDayCount count, Model model) {
        if (!count.isAsked()) {
            model.addAttribute("countProblems", FormErrors.NONE);
            return true;
        }
        try {
            WorkingDayCount.Parsed asked = count.parse();
            LocalDate result = calendar.plusWorkingDays(asked.from(), asked.days());
            model.addAttribute("countFrom", asked.from());
            model.addAttribute("countAnswer", messages.get("calendar.count.result", asked.from(), asked.days(), result));
            model.addAttribute("countProblems", FormErrors.NONE);
            return true;
        } catch (DomainException e) {
            model.addAttribute("countProblems", FormErrors.of(e, messages, WorkingDayCount.FIELDS));
            return false;
        }
    }

    private String page(int year, DayForm form, FormErrors problems, WorkingDayCount count, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.daysOf(year));
        model.addAttribute("dayForm", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", DayKind.values());
        if (!model.containsAttribute("count")) {
            model.addAttribute("count", count);
        }
        if (!model.containsAttribute("countProblems")) {
            model.addAttribute("countProblems", FormErrors.NONE);
        }
        model.addAttribute("editing", Text.blankToNull(form.day()) != null);
        return "shared/calendar";
    }
}
