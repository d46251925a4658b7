package org.gongshang.shared.calendar.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration {

    @Bean
    AdminSection calendarSection() {
        return new AdminSection("/admin/calendar", "calendar.title", "calendar.hint", List.of("ADMIN"), 30);
    }
}
