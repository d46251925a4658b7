package org.gongshang.identity.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityAdminSection {

    @Bean
    AdminSection accountSection() {
        return new AdminSection("/admin/accounts", "admin.accounts.title", "admin.accounts.hint", List.of("ADMIN", "STAFF"), 40);
    }
}
