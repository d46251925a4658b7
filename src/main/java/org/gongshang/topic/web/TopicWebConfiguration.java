package org.gongshang.topic.web;

import org.gongshang.shared.PublicPaths;
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
}
