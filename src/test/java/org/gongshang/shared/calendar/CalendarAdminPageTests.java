package org.gongshang.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The calendar admin page; changes are made in 2032, which no other test reads. */
@GongshangTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarAdminPageTests {

    @Autowired
    org.gongshang.support.Flash flashed;

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    WorkingDayCalendar calendar;

    RequestPostProcessor admin;

    @BeforeAll
    void signIn() {
        admin = sessions.signedIn(people.admin());
    }

    @Test
    void the2026ScheduleListsNationalDayAndTheSaturdayWorkedInstead() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026 年工作日历"), containsString("2026-10-01"),
                        containsString("国庆节"), containsString("2026-10-10"), containsString("国庆节调休上班"),
                        containsString("星期六"), containsString("调休上班"))));
    }

    @Test
    void aYearWithoutHolidaysSaysSo() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2039").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该年尚无节假日安排")));
    }

    @Test
    void anAddedHolidayIsListedAndCountedAtOnce() throws Exception {
        LocalDate thursday = LocalDate.of(2032, 4, 1);
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2032, 4, 2));

        mvc.perform(post("/admin/calendar").with(csrf()).with(admin)
                        .param("day", "2032-04-02").param("kind", "HOLIDAY").param("name", "测试假日"))
                .andExpect(redirectedUrl("/admin/calendar?year=2032"))
                .andExpect(flashed.notice("已保存。"));

        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2032, 4, 5));
        mvc.perform(get("/admin/calendar").param("year", "2032").with(admin))
                .andExpect(content().string(allOf(containsString("2032-04-02"), containsString("测试假日"))));
        mvc.perform(get("/admin/calendar/count").param("from", "2032-04-01").param("days", "1").with(admin))
                .andExpect(content().string(containsString("2032-04-01 之后第 1 个工作日是 2032-04-05。")));
    }

    @Test
    void aDayCanBeChangedFromItsRowAndRemoved() throws Exception {
        calendar.set(new CalendarDay(LocalDate.of(2032, 5, 3), DayKind.HOLIDAY, "劳动节"), null);

        mvc.perform(get("/admin/calendar").param("year", "2032").param("day", "2032-05-03").with(admin))
                .andExpect(content().string(allOf(containsString("value=\"2032-05-03\""), containsString("value=\"劳动节\""))));

        mvc.perform(post("/admin/calendar/2032-05-03/remove").with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/calendar?year=2032"))
                .andExpect(flashed.notice("已删除。"));
        assertThat(calendar.daysOf(2032)).extracting(CalendarDay::day).doesNotContain(LocalDate.of(2032, 5, 3));
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 3))).isTrue();
    }

    @Test
    void aMalformedDateIsShownNextToTheFieldWithTheInputKept() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).with(admin).param("year", "2032")
                        .param("day", "2032/6/1").param("kind", "HOLIDAY").param("name", "儿童节"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写日期，格式为 2026-10-01。"),
                        containsString("id=\"calendar-day-problem\""), containsString("value=\"2032/6/1\""),
                        containsString("value=\"儿童节\""))));
    }

    @Test
    void anAdjustedWorkingDayOnAWeekdayIsRefusedInEnglish() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).with(admin).param("lang", "en")
                        .param("day", "2032-06-02").param("kind", "WORKDAY").param("name", "Test"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "2032-06-02 is not a Saturday or Sunday; only weekend days can be adjusted working days.")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 6, 2))).isTrue();
    }

    @Test
    void theHelperCountsAcrossNationalDay() throws Exception {
        mvc.perform(get("/admin/calendar/count").param("from", "2026-09-30").param("days", "1").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026-09-30 之后第 1 个工作日是 2026-10-08。"),
                        containsString("2026 年工作日历"))));
    }

    @Test
    void theHelperAnswersHtmxWithItsFormAlone() throws Exception {
        mvc.perform(get("/admin/calendar/count").param("from", "2026-10-09").param("days", "1")
                        .header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"count-form\""),
                        containsString("2026-10-09 之后第 1 个工作日是 2026-10-10。"), not(containsString("<html")))));
    }

    @Test
    void theHelperShowsProblemsToHtmxInItsFormWithA200() throws Exception {
        mvc.perform(get("/admin/calendar/count").param("from", "2026-10-09").param("days", "many")
                        .header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"count-days-problem\""), not(containsString("<html")))));
    }

    @Test
    void theHelperRefusesAnUnreasonableNumberOfDays() throws Exception {
        mvc.perform(get("/admin/calendar/count").param("from", "2026-10-09").param("days", "100000").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("工作日数应为 -1000 到 1000 之间的整数。"),
                        containsString("id=\"count-days-problem\""))));
    }
}
