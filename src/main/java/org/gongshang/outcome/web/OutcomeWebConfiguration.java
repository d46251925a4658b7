package org.gongshang.outcome.web;

import java.util.List;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutcomeWebConfiguration {

    /**
     * The public reads public recommendations once transferred, their attachments and the open data;
     * the services decide which. Pages under these paths that need an account (the staff's list, the
     * department's queue, the ratings to give) send the visitor to log in.
     */
    @Bean
    PublicPaths outcomePaths() {
        return PublicPaths.readOnly("/recommendations", "/recommendations/*", "/recommendations/*/attachments/*",
                "/api/v1/recommendations", "/api/v1/recommendations/*", "/api/v1/recommendations/*/details",
                "/api/v1/recommendations/*/attachments/*");
    }

    @Bean
    NavigationItem recommendationsLink() {
        return new NavigationItem("recommendations", "/recommendations", "nav.recommendations", 50);
    }

    @Bean
    AdminSection recommendationSection() {
        return new AdminSection("/recommendations/manage", "outcome.manage.title", "outcome.section.manage.hint",
                List.of("ADMIN", "STAFF"), 60);
    }

    @Bean
    AdminSection supervisionSection() {
        return new AdminSection("/recommendations/supervision", "outcome.supervision.title", "outcome.section.supervision.hint",
                List.of("ADMIN", "STAFF"), 61);
    }
}
