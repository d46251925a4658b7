package org.gongshang.statistics.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsWebConfiguration {

    @Bean
    AdminSection statisticsSection() {
        return new AdminSection("/statistics", "statistics.title", "statistics.hint", List.of("ADMIN", "STAFF", "REVIEWER"), 64);
    }
}
