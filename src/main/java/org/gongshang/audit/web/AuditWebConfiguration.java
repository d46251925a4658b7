package org.gongshang.audit.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

    @Bean
    AdminSection auditSection() {
        return new AdminSection("/admin/audit", "audit.title", "audit.hint", List.of("ADMIN"), 50);
    }
}
