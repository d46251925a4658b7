package org.gongshang.topic.web;

import java.util.List;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TopicWebConfiguration {

    /**
     * Reading topics and campaigns needs no account (the services hide declined and held topics);
     * pages under these paths that need one (submit, my topics) send the visitor to log in.
     */
    @Bean
    PublicPaths topicPaths() {
        return PublicPaths.readOnly("/topics", "/topics/*", "/topics/*/images/*", "/campaigns", "/campaigns/*",
                "/campaigns/*/qr.svg", "/api/v1/topics", "/api/v1/topics/*", "/api/v1/topics/*/images/*",
                "/api/v1/campaigns", "/api/v1/campaigns/*");
    }

    @Bean
    NavigationItem topicsLink() {
        return new NavigationItem("topics", "/topics", "nav.topics", 10);
    }

    @Bean
    NavigationItem campaignsLink() {
        return new NavigationItem("campaigns", "/campaigns", "nav.campaigns", 11);
    }

    /** Screeners' daily work, one click away (it was reachable only from the admin home). */
    @Bean
    NavigationItem screeningLink() {
        return new NavigationItem("screening", "/screening", "nav.screening", 12, List.of("STAFF", "CADRE"));
    }

    @Bean
    AdminSection screeningSection() {
        return new AdminSection("/screening", "topic.screening.title", "topic.section.screening.hint", List.of("ADMIN", "STAFF", "CADRE"), 50);
    }

    @Bean
    AdminSection topicTagSection() {
        return new AdminSection("/admin/topic-tags", "topic.admin.tags", "topic.section.tags.hint", List.of("ADMIN"), 75);
    }

    @Bean
    AdminSection topicRuleSection() {
        return new AdminSection("/admin/topic-rules", "topic.admin.rules", "topic.section.rules.hint", List.of("ADMIN"), 76);
    }
}
