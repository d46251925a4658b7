package org.gongshang.statistics.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.gongshang.consultation.ConsultationStatistics;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Residents' share of attendance and of speaking time over time (months of the year filtered to, or
 * years), from the consultation module's roll-up of concluded consultations: residents (群众代表) against
 * everybody else, so that each bar shows the share.
 */
@Configuration(proxyBeanMethods = false)
class VoiceSections {

    @Bean
    StatisticsSection residentAttendanceSection(ConsultationStatistics consultations) {
        return section("resident-attendance", 35, consultations, "statistics.voice.attendees.", ConsultationStatistics.Voices::attendees);
    }

    @Bean
    StatisticsSection residentSpeakingSection(ConsultationStatistics consultations) {
        return section("resident-speaking", 36, consultations, "statistics.voice.minutes.", voices -> Math.round(voices.seconds() / 60.0));
    }

    private static StatisticsSection section(String key, int order, ConsultationStatistics consultations, String columnPrefix,
            ToLongFunction<ConsultationStatistics.Voices> value) {
        return new TableSection(key, order, (filter, viewer) -> {
            Map<String, long[]> periods = new LinkedHashMap<>();
            for (ConsultationStatistics.Voices voices : consultations.voices(filter.year(), filter.districtCode(), viewer)) {
                periods.computeIfAbsent(voices.period(), p -> new long[2])[voices.category() == ParticipantCategory.RESIDENT ? 0 : 1]
                        += value.applyAsLong(voices);
            }
            return new StatisticsTable(filter.year() == null ? "statistics.year" : "statistics.month",
                    List.of(columnPrefix + "residents", columnPrefix + "others"),
                    periods.entrySet().stream().filter(period -> period.getValue()[0] + period.getValue()[1] > 0)
                            .map(period -> new StatisticsTable.Row(period.getKey(), null, List.of(period.getValue()[0], period.getValue()[1])))
                            .toList());
        });
    }
}
