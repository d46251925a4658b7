package org.gongshang.plan.web;

import java.util.List;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanWebConfiguration {

    /**
     * Approved plans are public, with their versions and exports; the services show drafts only to
     * drafters and reviewers. Pages under these paths that need an account (new plan) send the
     * visitor to log in; editing and review pages lie outside them.
     */
    @Bean
    PublicPaths planPaths() {
        return PublicPaths.readOnly("/plans", "/plans/*", "/plans/*/versions", "/plans/*/versions/*",
                "/plans/*/export.docx", "/plans/*/export.xlsx",
                "/api/v1/plans", "/api/v1/plans/*", "/api/v1/plans/*/versions", "/api/v1/plans/*/versions/*",
                "/api/v1/plans/*/export.docx", "/api/v1/plans/*/export.xlsx");
    }

    @Bean
    NavigationItem plansLink() {
        return new NavigationItem("plans", "/plans", "nav.plans", 15);
    }

    @Bean
    AdminSection planSection() {
        return new AdminSection("/plans", "plan.list.title", "plan.section.hint", List.of("ADMIN", "STAFF", "CADRE", "REVIEWER"), 55);
    }
}
