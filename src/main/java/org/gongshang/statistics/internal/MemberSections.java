package org.gongshang.statistics.internal;

import java.util.Arrays;
import java.util.List;

import org.gongshang.member.Coverage;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.MemberStatistics;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The member sections, through the member module's API: communities covered by members per district
 * (as of today, whatever the year), and duty points per committee by activity for the period (from
 * the yearly tallies every duty record keeps).
 */
@Configuration(proxyBeanMethods = false)
class MemberSections {

    @Bean
    StatisticsSection memberCoverageSection(MemberStatistics members) {
        return new TableSection("member-coverage", 60, (filter, viewer) -> new StatisticsTable("statistics.district",
                List.of("statistics.member.covered", "statistics.member.uncovered"),
                members.coverage(filter.districtCode(), viewer).stream().filter(district -> district.communities() > 0)
                        .map(district -> new StatisticsTable.Row(district.name(), null,
                                List.of((long) district.covered(), (long) (district.communities() - district.covered()))))
                        .toList()));
    }

    @Bean
    StatisticsSection memberDutyPointsSection(MemberStatistics members) {
        List<DutyActivity> activities = Arrays.asList(DutyActivity.values());
        return new TableSection("member-duty-points", 61, (filter, viewer) -> new StatisticsTable("statistics.committee",
                activities.stream().map(activity -> "member.activity." + activity).toList(),
                members.dutyPoints(filter.year(), filter.districtCode(), viewer).stream()
                        .map(committee -> new StatisticsTable.Row(committee.committeeName(), null,
                                activities.stream().map(activity -> committee.points().getOrDefault(activity, 0L)).toList()))
                        .toList()));
    }
}
