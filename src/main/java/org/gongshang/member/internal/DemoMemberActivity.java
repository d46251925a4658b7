package org.gongshang.member.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.NewGridVisit;
import org.gongshang.member.NewReception;
import org.gongshang.member.NoticeAudience;
import org.gongshang.member.ReceptionOutcome;
import org.gongshang.member.ShiftCheckInMethod;
import org.gongshang.member.internal.ReceptionAggregate.Personal;
import org.gongshang.shared.Zones;
import org.gongshang.shared.demo.DemoSeeder;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicView;
import org.springframework.stereotype.Component;

/**
 * What the demo members did: past reception shifts at the stations with check-ins, reception
 * records (some made topics), grid visits, a year of duty records with points, and one notice to
 * all members of 通川区政协, read by some. Seeded with a fixed random, so every demo is alike.
 */
@Component
class DemoMemberActivity implements DemoSeeder {

    /** Category, matter, outcome, a topic title when it became one. */
    private static final String[][] MATTERS = {
            {"SOCIETY", "滨河路人行道地砖松动多处，老人晚上经过容易绊倒，希望尽快维修。", "TOPIC", "滨河路人行道地砖松动影响老人出行"},
            {"SOCIETY", "小区楼道堆放杂物，存在消防隐患，物业不管。", "HANDED_TO_COMMUNITY", null},
            {"ECONOMY", "菜市场摊位费上涨，小商户经营困难。", "PENDING", null},
            {"ECOLOGY", "河边夜间有人倾倒建筑垃圾，污染河道。", "TOPIC", "州河沿岸夜间偷倒建筑垃圾问题"},
            {"CULTURE", "社区活动室周末不开放，老年人没有活动场所。", "ANSWERED", null},
            {"SOCIETY", "学校门口早晚高峰拥堵，缺少交通协管。", "ANSWERED", null},
    };

    private final MemberRepository members;
    private final StationRepository stations;
    private final ShiftStore shifts;
    private final ReceptionRepository receptions;
    private final GridVisitRepository visits;
    private final MemberTopics topics;
    private final DutyStore duties;
    private final RuleBook rules;
    private final NoticeStore notices;
    private final VisitorData visitors;
    private final StationStore stationStore;
    private final ScheduleRepository schedules;
    private final GridStore grids;
    private final Communities communities;
    private final Accounts accounts;
    private final Actors actors;
    private final Clock clock;

    DemoMemberActivity(MemberRepository members, StationRepository stations, ShiftStore shifts, ReceptionRepository receptions,
            GridVisitRepository visits, MemberTopics topics, DutyStore duties, RuleBook rules, NoticeStore notices,
            VisitorData visitors, StationStore stationStore, ScheduleRepository schedules, GridStore grids, Communities communities, Accounts accounts,
            Actors actors, Clock clock) {
        this.members = members;
        this.stations = stations;
        this.shifts = shifts;
        this.receptions = receptions;
        this.visits = visits;
        this.topics = topics;
        this.duties = duties;
        this.rules = rules;
        this.notices = notices;
        this.visitors = visitors;
        this.stationStore = stationStore;
        this.schedules = schedules;
        this.grids = grids;
        this.communities = communities;
        this.accounts = accounts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.MEMBERS + 10;
    }

    @Override
    public void seed() {
        Random random = new Random(12);
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        List<MemberAggregate> all = members.findAll();
        int matter = 0;
        for (StationAggregate station : stations.findAll()) {
            List<Long> onStation = all.stream().map(MemberAggregate::requireId)
                    .filter(id -> stationStore.isMember(station.requireId(), id)).toList();
            String community = communities.of(station.regionCode()).map(region -> region.code())
                    .orElseGet(() -> communities.within(station.regionCode()).getFirst().code());
            DayOfWeek weekday = schedules.findById(station.requireId()).map(schedule -> DayOfWeek.of(schedule.weekday()))
                    .orElse(DayOfWeek.TUESDAY);
            for (int week = 12; week >= 1; week--) {
                LocalDate day = today.minusWeeks(week).with(TemporalAdjusters.previousOrSame(weekday));
                Instant starts = day.atTime(14, 30).atZone(Zones.platform()).toInstant();
                long shift = shifts.shift(station.requireId(), day, starts, starts.plusSeconds(3 * 3600));
                long memberId = onStation.get(week % onStation.size());
                shifts.addDuty(shift, memberId);
                long duty = shifts.duty(shift, memberId).orElseThrow().id();
                shifts.checkIn(duty, starts.plusSeconds(300), ShiftCheckInMethod.QR, accountOf(all, memberId));
                count(all, memberId, DutyActivity.STATION_SHIFT, day, "shift-duty:" + duty, station.name());
                if (week % 2 == 0) {
                    matter = reception(station, community, shift, all, memberId, day, starts, matter % MATTERS.length) + 1;
                }
            }
        }
        grids(all, today);
        year(all, today, random);
        notice(all);
    }

    private int reception(StationAggregate station, String community, long shift, List<MemberAggregate> all, long memberId,
            LocalDate day, Instant at, int index) {
        String[] row = MATTERS[index];
        ReceptionAggregate saved = receptions.save(ReceptionAggregate.record(shift, station.requireId(), memberId,
                new NewReception(index % 2 == 0 ? "张大爷" : null, null, TopicCategory.valueOf(row[0]), null, row[1],
                        row[2].equals("TOPIC") ? ReceptionOutcome.PENDING : ReceptionOutcome.valueOf(row[2]), null),
                index % 2 == 0 ? visitors.personal("张大爷", null, new ArrayList<>()) : new Personal(null, null, null, null),
                community, at.plusSeconds(1800), List.of()));
        count(all, memberId, DutyActivity.RECEPTION, day, "reception:" + saved.requireId(), station.name());
        if (row[3] != null) {
            MemberAggregate member = all.stream().filter(m -> m.requireId() == memberId).findFirst().orElseThrow();
            TopicView topic = topics.recommend(row[3], row[1] + "群众多次反映，希望有关部门协商解决。", TopicCategory.valueOf(row[0]),
                    saved.communityCode(), station.name() + " · " + day, "/receptions/" + saved.requireId(), actors.of(member.accountId()));
            receptions.save(saved.madeTopic(topic.id()));
        }
        return index;
    }

    /** A few visits of the last weeks in each grid a member does duty in. */
    private void grids(List<MemberAggregate> all, LocalDate today) {
        for (MemberAggregate member : all) {
            for (String grid : grids.of(member.requireId())) {
                for (int i = 0; i < 3; i++) {
                    LocalDate day = today.minusDays(5L + 8L * i);
                    GridVisitAggregate visit = visits.save(GridVisitAggregate.record(member.requireId(), new NewGridVisit(grid, day,
                            6 + i, "走访了独居老人和低保户，了解到楼道照明和加装电梯的诉求。", TopicCategory.SOCIETY),
                            grid.substring(0, 12), today, clock.instant(), List.of()));
                    count(all, member.requireId(), DutyActivity.GRID_VISIT, day, "visit:" + visit.requireId(), grid);
                }
            }
        }
    }

    private void year(List<MemberAggregate> all, LocalDate today, Random random) {
        DutyActivity[] automatic = {DutyActivity.CONSULTATION_ATTENDED, DutyActivity.CONSULTATION_SPOKE, DutyActivity.TOPIC_RECOMMENDED,
                DutyActivity.RESEARCH_COMPLETED, DutyActivity.GRID_VISIT, DutyActivity.FOLLOW_UP, DutyActivity.REPLY_RATED,
                DutyActivity.DELIBERATION_JOINED, DutyActivity.PROPOSAL, DutyActivity.REPORT};
        for (MemberAggregate member : all) {
            int records = 6 + random.nextInt(24);
            for (int i = 0; i < records; i++) {
                DutyActivity activity = automatic[random.nextInt(automatic.length)];
                LocalDate day = today.minusDays(random.nextInt(365));
                count(all, member.requireId(), activity, day, "demo:" + member.requireId() + ":" + i, title(activity));
            }
        }
    }

    private void notice(List<MemberAggregate> all) {
        List<MemberAggregate> district = all.stream().filter(m -> m.committeeRegionCode().equals("511702")).toList();
        long committee = district.getFirst().committeeId();
        Instant sent = clock.instant().minusSeconds(3 * 86_400);
        long notice = notices.insert(committee, "关于开展“委员进社区”接待日活动的通知",
                "各位委员：请按值班表到所在联络站参加接待日，并把征题活动转发给身边的居民。", NoticeAudience.COMMITTEE, null, "/campaigns",
                false, accounts.findByUsername("staff-tc").orElseThrow().id(), sent);
        for (int i = 0; i < district.size(); i++) {
            MemberAggregate member = district.get(i);
            notices.addRecipient(notice, member.requireId(), member.accountId(), String.format("demo%06d", i));
            if (i % 3 != 0) {
                notices.markRead(notice, member.accountId(), sent.plusSeconds(3600L * (i + 1)));
            }
        }
    }

    private void count(List<MemberAggregate> all, long memberId, DutyActivity activity, LocalDate day, String key, String title) {
        MemberAggregate member = all.stream().filter(m -> m.requireId() == memberId).findFirst().orElseThrow();
        duties.count(memberId, member.committeeId(), activity, day, key, title, rules.defaultRule(activity).points());
    }

    private static String title(DutyActivity activity) {
        return switch (activity) {
            case CONSULTATION_ATTENDED -> "出席小微协商";
            case CONSULTATION_SPOKE -> "在协商会上发言";
            case TOPIC_RECOMMENDED -> "推荐议题";
            case RESEARCH_COMPLETED -> "完成专题调研";
            case GRID_VISIT -> "网格走访";
            case FOLLOW_UP -> "参加跟踪回访";
            case REPLY_RATED -> "参加满意度测评";
            case DELIBERATION_JOINED -> "参加云端协商";
            case PROPOSAL -> "提交提案";
            case REPORT -> "报送社情民意信息";
            default -> "履职";
        };
    }

    private static long accountOf(List<MemberAggregate> all, long memberId) {
        return all.stream().filter(m -> m.requireId() == memberId).findFirst().orElseThrow().accountId();
    }
}
