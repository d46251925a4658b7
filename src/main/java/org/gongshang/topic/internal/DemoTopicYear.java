package org.gongshang.topic.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.shared.Zones;
import org.gongshang.shared.demo.DemoSeeder;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.SubmissionChannel;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSource;
import org.springframework.stereotype.Component;

/**
 * A year of screened topics across 达州's seven districts for the dashboard's demo figures: each month
 * of the last twelve, one to four topics per district from the list below, submitted on a day of that
 * month and screened three days later (accepted, or declined with one of the seed's reasons). They go
 * through the aggregate and the store like every topic, so the roll-up counts them as it counts any;
 * none waits for screening, so the demo screening queue stays as {@link DemoTopics} leaves it.
 */
@Component
class DemoTopicYear implements DemoSeeder {

    private static final List<String> DISTRICTS = List.of("511702001001", "511703001001", "511722", "511723", "511724",
            "511725", "511781");
    private static final List<String[]> PROBLEMS = List.of(
            new String[] {"小区路灯损坏多月未修", "小区主干道的路灯坏了好几个月，晚上出行摸黑，老人和孩子容易摔倒，希望尽快修复并定期巡查。"},
            new String[] {"农贸市场周边占道经营", "农贸市场门口摊贩占道经营，早晚高峰车辆和行人挤在一起，存在安全隐患，希望规范管理。"},
            new String[] {"老旧小区雨污管网堵塞", "老旧小区雨污管网老化，一下大雨就倒灌进一楼住户家里，希望纳入改造计划统一更换。"},
            new String[] {"乡村客运班次太少", "村里到镇上的客运班车一天只有两班，群众赶集看病都不方便，希望增加班次或开通预约公交。"},
            new String[] {"社区缺少儿童游乐场地", "社区里没有儿童活动场地，孩子们只能在停车场玩耍，很不安全，希望利用闲置地块建设游乐设施。"},
            new String[] {"河道垃圾清理不及时", "穿城河道两岸垃圾堆积，夏天气味难闻，影响周边居民生活，希望明确清理责任并加强巡查。"},
            new String[] {"学校周边缺少过街设施", "学校门口马路车流量大，没有红绿灯和斑马线，孩子上学过马路很危险，希望增设过街设施。"},
            new String[] {"养老服务中心床位紧张", "镇上养老服务中心床位长期排队，失能老人入住难，希望扩建或引入社会力量增加床位。"});
    private static final DeclineReason[] REASONS = {DeclineReason.NOT_REPRESENTATIVE, DeclineReason.PERSONAL,
            DeclineReason.OUT_OF_SCOPE, DeclineReason.EXPLICIT_POLICY, DeclineReason.LEGAL_LITIGATION, DeclineReason.VAGUE};
    private static final TopicSource[] SOURCES = {TopicSource.PUBLIC, TopicSource.PUBLIC, TopicSource.MEMBER,
            TopicSource.GRASSROOTS, TopicSource.PARTY_GOV};

    private final TopicStore store;
    private final Accounts accounts;
    private final Clock clock;

    DemoTopicYear(TopicStore store, Accounts accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.TOPICS + 1;
    }

    @Override
    public void seed() {
        long resident = accounts.findByUsername("resident").orElseThrow().id();
        long screener = accounts.findByUsername("staff").orElseThrow().id();
        LocalDate thisMonth = LocalDate.now(clock.withZone(Zones.platform())).withDayOfMonth(1);
        int n = 0;
        for (int monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
            LocalDate month = thisMonth.minusMonths(monthsAgo);
            for (int district = 0; district < DISTRICTS.size(); district++) {
                int topics = 1 + (district * 3 + monthsAgo) % 4;
                for (int i = 0; i < topics; i++, n++) {
                    String[] problem = PROBLEMS.get(n % PROBLEMS.size());
                    Instant submitted = month.plusDays((i * 7 + district) % 25).atTime(9 + i, 30).atZone(Zones.platform()).toInstant();
                    Topic topic = Topic.submit(problem[0], problem[1], TopicCategory.values()[n % TopicCategory.values().length],
                            DISTRICTS.get(district), SOURCES[n % SOURCES.length], SubmissionChannel.ONLINE, null, resident,
                            submitted, List.of());
                    Topic stored = store.find(store.insert(topic, List.of(), null)).orElseThrow();
                    Instant screened = submitted.plusSeconds(3 * 24 * 3600);
                    if (n % 3 == 2) {
                        stored.decline(REASONS[n % REASONS.length], "示例数据：不予采纳。", screener, screened);
                    } else {
                        stored.accept(screener, null, screened);
                    }
                    store.update(stored);
                }
            }
        }
    }
}
