package org.gongshang.member.web;

import java.util.List;

import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.AdminSection;
import org.gongshang.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's public paths, admin sections and navigation links. */
@Configuration(proxyBeanMethods = false)
class MemberWebConfiguration {

    /** Public profiles and stations are for everyone to read; everything else needs a login. */
    @Bean
    PublicPaths memberPaths() {
        return PublicPaths.readOnly("/members/{id:\\d+}", "/members/{id:\\d+}/photo", "/api/v1/members/{id:\\d+}/public",
                "/stations", "/stations/{id:\\d+}", "/api/v1/stations", "/api/v1/stations/{id:\\d+}",
                "/api/v1/stations/{id:\\d+}/shifts", "/api/v1/stations/{id:\\d+}/matters", "/n/*");
    }

    @Bean
    NavigationItem stationsNavigation() {
        return new NavigationItem("stations", "/stations", "nav.stations", 45);
    }

    /** Members reach their own pages (shifts, receptions, visits, points) from here. */
    @Bean
    NavigationItem dutyNavigation() {
        return new NavigationItem("duty", "/duty", "nav.duty", 46, List.of("MEMBER"));
    }

    @Bean
    AdminSection rankingSection() {
        return new AdminSection("/admin/members/rankings", "member.ranking.title", "member.ranking.hint", List.of("STAFF", "ADMIN"), 62);
    }

    @Bean
    AdminSection noticeSection() {
        return new AdminSection("/admin/members/notices", "member.notices.title", "member.notices.hint", List.of("STAFF", "ADMIN"), 63);
    }

    @Bean
    AdminSection stationSection() {
        return new AdminSection("/admin/stations", "member.stations.admin.title", "member.stations.admin.hint",
                List.of("STAFF", "ADMIN"), 61);
    }

    @Bean
    AdminSection memberSection() {
        return new AdminSection("/admin/members", "member.admin.title", "member.admin.hint", List.of("STAFF", "ADMIN"), 60);
    }
}
