package org.gongshang.commonproblem.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommonProblemWebConfiguration {

    @Bean
    AdminSection commonProblemsSection() {
        return new AdminSection("/common-problems", "common-problem.title", "common-problem.hint", List.of("ADMIN", "STAFF"), 66);
    }
}
