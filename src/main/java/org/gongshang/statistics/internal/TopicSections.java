package org.gongshang.statistics.internal;

import java.util.List;
import java.util.function.Function;

import org.gongshang.identity.Actor;
import org.gongshang.region.Regions;
import org.gongshang.statistics.StatisticsFilter;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicStatistics;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicTally;
import org.gongshang.topic.TopicTally.By;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topic sections, from the topic module's roll-up: topics by source over time (months of a year,
 * or years), by status and by category per district, screening's decisions and the reasons for
 * declining per district. The topic module applies its own rule of who sees which districts.
 */
@Configuration(proxyBeanMethods = false)
class TopicSections {

    @Bean
    StatisticsSection topicSourcesSection(TopicStatistics topics) {
        return new Section("topic-sources", 10, topics, null, By.SOURCE, TallyColumns.names(TopicSource.values()),
                "topic.source.");
    }

    @Bean
    StatisticsSection topicStatusesSection(TopicStatistics topics, Regions regions) {
        return new Section("topic-statuses", 11, topics, regions, By.STATUS, TallyColumns.names(TopicStatus.values()),
                "topic.status.");
    }

    @Bean
    StatisticsSection topicCategoriesSection(TopicStatistics topics, Regions regions) {
        return new Section("topic-categories", 12, topics, regions, By.CATEGORY, TallyColumns.names(TopicCategory.values()),
                "topic.category.");
    }

    @Bean
    StatisticsSection screeningDecisionsSection(TopicStatistics topics, Regions regions) {
        return new Section("screening-decisions", 20, topics, regions, By.DECISION,
                TallyColumns.names(TopicTally.Decision.values()), "statistics.decision.");
    }

    @Bean
    StatisticsSection declineReasonsSection(TopicStatistics topics, Regions regions) {
        return new Section("decline-reasons", 21, topics, regions, By.DECLINE_REASON,
                TallyColumns.names(DeclineReason.values()), "topic.reason.");
    }

    /**
     * Topics by district (when {@code regions} is given) or over time (months of the year filtered to,
     * years without a year), in the columns of one dimension.
     */
    private record Section(String key, int order, TopicStatistics topics, @Nullable Regions regions, By columns,
            List<String> columnNames, String columnKeyPrefix) implements StatisticsSection {

        @Override
        public StatisticsTable table(StatisticsFilter filter, Actor viewer) {
            By rows = regions != null ? By.DISTRICT : filter.year() == null ? By.YEAR : By.MONTH;
            List<TallyColumns.Cell> cells = topics.tally(rows, columns, filter.year(), filter.districtCode(), viewer).stream()
                    .map(tally -> new TallyColumns.Cell(tally.row(), tally.column(), tally.topics())).toList();
            Function<String, String> label = regions != null ? TallyColumns.regionName(regions) : Function.identity();
            String heading = switch (rows) {
                case DISTRICT -> "statistics.district";
                case YEAR -> "statistics.year";
                default -> "statistics.month";
            };
            return TallyColumns.table(heading, columnNames, columnKeyPrefix, cells, row -> null, label);
        }
    }
}
