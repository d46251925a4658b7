package org.gongshang.deliberation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.gongshang.deliberation.GroupTallies;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.NewGroupTally;
import org.gongshang.deliberation.StatementStatus;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.shared.Zones;
import org.gongshang.shared.demo.DemoSeeder;
import org.gongshang.topic.TopicQuery;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Component;

/**
 * One open deliberation on the accepted demo topic 老旧小区加装电梯难, with twenty seed statements
 * and the votes of sixty anonymous demo participants in three camps (upper floors for the lift,
 * ground floors worried about light, noise and cost, and those who mainly argue about paying), so
 * that the opinion map and the common ground (最大公约数) show something on first start; and a
 * residents' meeting's show of hands on three statements, recorded as group tallies.
 */
@Component
class DemoDeliberation implements DemoSeeder {

    /** A statement and the chance each camp agrees (the rest disagrees, a few pass). */
    private record Seed(String text, double upper, double ground, double payers) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("老旧小区应该尽快加装电梯，老人上下楼太难了。", 0.95, 0.15, 0.6),
            new Seed("加装电梯是否实施，应当由整栋楼住户协商决定，不能少数服从多数了事。", 0.7, 0.9, 0.8),
            new Seed("加装电梯的决策过程要公开透明，每一户的意见都要听到。", 0.9, 0.92, 0.88),
            new Seed("政府应当给加装电梯更多财政补贴。", 0.85, 0.6, 0.95),
            new Seed("费用应当按楼层分摊，楼层越高出钱越多。", 0.55, 0.9, 0.75),
            new Seed("一楼住户不用出钱，还应当得到适当补偿。", 0.2, 0.95, 0.4),
            new Seed("电梯井会挡住低层住户的采光，必须先做采光评估。", 0.25, 0.95, 0.5),
            new Seed("电梯运行噪音会影响低层住户休息。", 0.15, 0.9, 0.3),
            new Seed("加装电梯后房子升值，低层住户也会受益。", 0.9, 0.1, 0.5),
            new Seed("社区应当组织专业人员上门讲解加装电梯的方案和费用。", 0.88, 0.85, 0.9),
            new Seed("施工期间要保证消防通道畅通和住户出行安全。", 0.9, 0.93, 0.9),
            new Seed("电梯建成后的维护保养费用应当提前约定清楚。", 0.85, 0.8, 0.95),
            new Seed("可以引入企业投资建设，住户按次或按月付费使用。", 0.4, 0.35, 0.9),
            new Seed("住房公积金应当允许提取用于加装电梯。", 0.8, 0.45, 0.92),
            new Seed("有住户反对就不应该装，尊重每一户的权利。", 0.1, 0.85, 0.3),
            new Seed("加装电梯对残疾人和行动不便的人是刚需。", 0.95, 0.5, 0.7),
            new Seed("应当由政协委员和社区干部出面调解住户之间的分歧。", 0.8, 0.75, 0.82),
            new Seed("先在一两栋楼试点，成功后再推广。", 0.6, 0.8, 0.85),
            new Seed("低层住户的顾虑被夸大了，实际影响很小。", 0.85, 0.05, 0.45),
            new Seed("加装电梯的审批手续太复杂，应当简化。", 0.9, 0.4, 0.88));

    private final DeliberationStore deliberations;
    private final StatementStore statements;
    private final DeliberationParticipantStore participants;
    private final VoteStore votes;
    private final Topics topics;
    private final Accounts accounts;
    private final GroupTallies tallies;
    private final Actors actors;
    private final Clock clock;

    DemoDeliberation(DeliberationStore deliberations, StatementStore statements, DeliberationParticipantStore participants, VoteStore votes,
            Topics topics, Accounts accounts, GroupTallies tallies, Actors actors, Clock clock) {
        this.deliberations = deliberations;
        this.statements = statements;
        this.participants = participants;
        this.votes = votes;
        this.topics = topics;
        this.accounts = accounts;
        this.tallies = tallies;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.DELIBERATIONS;
    }

    @Override
    public void seed() {
        TopicView topic = topics.search(new TopicQuery("加装电梯", null, "511702", null, null, null, 0, 10)).items()
                .stream().filter(t -> t.title().equals("老旧小区加装电梯难")).findFirst().orElse(null);
        if (topic == null) {
            return;
        }
        long organiser = accounts.findByUsername("staff-tc").orElseThrow().id();
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(3));
        long id = deliberations.insert(new Deliberation(0, "老旧小区加装电梯，怎样才能让各楼层住户都接受？",
                "凤凰山社区的老楼大多没有电梯。请对每条观点表态，也可以补充您的观点。系统会找出观点相近的群体，以及大家都赞同的“最大公约数”，"
                        + "作为通川区政协小微协商的参考。", topic.regionCode(), topic.id(), null, ModerationMode.OPEN, opened,
                now.plus(Duration.ofDays(60)), organiser, opened));
        List<Long> statementIds = new ArrayList<>();
        for (Seed seed : SEEDS) {
            statementIds.add(statements.insert(new Statement(0, id, seed.text(), null, organiser, true, StatementStatus.ACCEPTED,
                    false, null, opened)).id());
        }
        SplittableRandom random = new SplittableRandom(20_260_301L);
        Map<String, VoteStore.Row> current = new LinkedHashMap<>();
        List<VoteStore.Row> history = new ArrayList<>();
        for (int person = 0; person < 60; person++) {
            int camp = person < 25 ? 0 : person < 45 ? 1 : 2;
            Instant joined = opened.plus(Duration.ofMinutes(random.nextLong(3 * 24 * 60 - 60)));
            long participant = participants.placeholder(id, "demo:" + person, joined);
            for (int s = 0; s < SEEDS.size(); s++) {
                if (random.nextDouble() < 0.15) {
                    continue; // not everyone sees every statement
                }
                Seed seed = SEEDS.get(s);
                double agree = camp == 0 ? seed.upper() : camp == 1 ? seed.ground() : seed.payers();
                double draw = random.nextDouble();
                int value = draw < 0.07 ? 0 : random.nextDouble() < agree ? 1 : -1;
                VoteStore.Row row = new VoteStore.Row(participant, statementIds.get(s), value, joined.plusSeconds(20L * s));
                history.add(row);
                current.put(participant + "/" + statementIds.get(s), row);
            }
        }
        votes.insertImported(id, List.copyOf(current.values()), history);
        meeting(id, statementIds, organiser);
    }

    /**
     * Yesterday's residents' meeting voted by show of hands on three statements; the organiser records
     * the counts through {@link GroupTallies}, as a facilitator would — apart from the online votes.
     */
    private void meeting(long id, List<Long> statementIds, long organiser) {
        LocalDate yesterday = LocalDate.now(clock.withZone(Zones.platform())).minusDays(1);
        String note = "社区书记主持，两名居民代表计票；会议记录存凤凰山社区。";
        int[][] hands = {{2, 34, 1, 2}, {9, 33, 0, 4}, {5, 12, 19, 6}};
        for (int[] hand : hands) {
            tallies.record(id, new NewGroupTally(statementIds.get(hand[0]), "凤凰山社区居民议事会", yesterday, hand[1], hand[2],
                    hand[3], note), actors.of(organiser));
        }
    }
}
