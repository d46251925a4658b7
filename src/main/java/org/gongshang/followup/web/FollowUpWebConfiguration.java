package org.gongshang.followup.web;

import java.util.List;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FollowUpWebConfiguration {

    /**
     * A public recommendation's page shows everyone how often it was followed up (not what was found);
     * the service decides what each viewer gets. Surveys need a login: one answer per person.
     */
    @Bean
    PublicPaths followUpPaths() {
        return PublicPaths.readOnly("/followup/recommendations/*", "/api/v1/recommendations/*/follow-ups");
    }

    @Bean
    NavigationItem surveysLink() {
        return new NavigationItem("surveys", "/surveys", "nav.surveys", 50);
    }

    @Bean
    AdminSection followUpSection() {
        return new AdminSection("/follow-ups", "followup.records.title", "followup.records.hint",
                List.of("ADMIN", "STAFF", "MEMBER"), 60);
    }

    @Bean
    AdminSection surveySection() {
        return new AdminSection("/surveys", "followup.surveys.title", "followup.surveys.hint", List.of("ADMIN", "STAFF"), 61);
    }
}
