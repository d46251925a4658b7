package org.gongshang.quality.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QualityWebConfiguration {

    @Bean
    AdminSection qualitySection() {
        return new AdminSection("/quality", "quality.title", "quality.section.hint", List.of("ADMIN", "STAFF", "REVIEWER"), 65);
    }

    @Bean
    AdminSection indicatorSetSection() {
        return new AdminSection("/quality/indicator-sets", "quality.sets.title", "quality.sets.hint", List.of("ADMIN", "STAFF"), 66);
    }
}
