package org.gongshang.region.web;

import java.util.List;

import org.gongshang.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegionAdminSections {

    @Bean
    AdminSection regionSection() {
        return new AdminSection("/admin/regions", "admin.regions.title", "admin.regions.hint", List.of("ADMIN"), 10);
    }

    @Bean
    AdminSection organizationSection() {
        return new AdminSection("/admin/organizations", "admin.organizations.title", "admin.organizations.hint",
                List.of("ADMIN"), 20);
    }
}
