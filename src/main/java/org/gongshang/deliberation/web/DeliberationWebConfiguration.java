package org.gongshang.deliberation.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deliberations need a signed-in account throughout (no public paths): votes are real-name. */
@Configuration(proxyBeanMethods = false)
class DeliberationWebConfiguration {

    @Bean
    NavigationItem deliberationsLink() {
        return new NavigationItem("deliberations", "/deliberations", "nav.deliberations", 20);
    }

    @Bean
    AdminSection deliberationSection() {
        return new AdminSection("/deliberations", "nav.deliberations", "deliberation.section.hint",
                List.of("ADMIN", "STAFF", "CADRE"), 60);
    }
}
