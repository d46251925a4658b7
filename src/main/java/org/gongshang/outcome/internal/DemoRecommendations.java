package org.gongshang.outcome.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.Consensus;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.Assignment;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.Handler;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.OfflineRatingEntry;
import org.gongshang.outcome.OfflineRatings;
import org.gongshang.outcome.RatingOccasion;
import org.gongshang.outcome.RatingRound;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.SatisfactionResult;
import org.gongshang.outcome.Transition;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.gongshang.shared.demo.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Six recommendations in 达州 in the states a demo needs, so that every outcome page shows
 * something to the demo accounts: the two adopted items of the concluded school-gate consultation
 * (one replied with the rating open for 李明 and 陈委员, who attended; one near its short
 * deadline), an overdue one under office supervision, one not signed for in time, one closed after
 * a round of re-handling, and a draft waiting for sign-off. 孙住建's department (市住房和城乡建设局)
 * leads four of them. Written through the stores, with the aggregate's own moves, so that their
 * histories lie in the past; the closed one's satisfaction, collected at a forum and a return visit,
 * is entered through {@link OfflineRatings} like any staff member would and counted by the rule.
 */
@Component("outcomeDemoRecommendations")
class DemoRecommendations implements DemoSeeder {

    private final RecommendationStore store;
    private final HistoryStore history;
    private final HandlingStore handling;
    private final RatingStore ratings;
    private final SupervisionStore supervision;
    private final ConcernedPeople concerned;
    private final Consultations consultations;
    private final Consensus consensus;
    private final Accounts accounts;
    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final OutcomeProperties properties;
    private final OfflineRatings offline;
    private final Actors actors;
    private final Clock clock;
    private final OutcomeRollupProvision rollups;

    DemoRecommendations(RecommendationStore store, HistoryStore history, HandlingStore handling, RatingStore ratings,
            SupervisionStore supervision, ConcernedPeople concerned, Consultations consultations, Consensus consensus,
            Accounts accounts, Organizations organizations, WorkingDayCalendar calendar, OutcomeProperties properties,
            OfflineRatings offline, Actors actors, Clock clock, OutcomeRollupProvision rollups) {
        this.store = store;
        this.history = history;
        this.handling = handling;
        this.ratings = ratings;
        this.supervision = supervision;
        this.concerned = concerned;
        this.consultations = consultations;
        this.consensus = consensus;
        this.accounts = accounts;
        this.organizations = organizations;
        this.calendar = calendar;
        this.properties = properties;
        this.offline = offline;
        this.actors = actors;
        this.clock = clock;
        this.rollups = rollups;
    }

    @Override
    public int order() {
        return DemoSeeder.OUTCOMES;
    }

    @Override
    public void seed() {
        long staff = account("staff");
        long staffTc = account("staff-tc");
        long dept = account("dept");
        long housing = organization("市住房和城乡建设局");
        long transport = organization("市交通运输局");
        long education = organization("市教育局");
        Handler housingDept = new Handler(dept, Set.of(housing));

        Consultation school = consultations.list(Consultations.Scope.PUBLIC, ConsultationStatus.CONCLUDED, null, null, 0, 50)
                .stream().filter(c -> c.title().equals("学校门口接送秩序怎么管")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo consultation missing: 学校门口接送秩序怎么管"));
        List<ConsensusItem> adopted = consensus.items(school.id()).stream().filter(i -> Boolean.TRUE.equals(i.adopted())).toList();
        Instant concluded = school.concludedAt() == null ? clock.instant() : school.concludedAt();

        // The parking item: signed off and transferred after the minutes, replied yesterday; the rating is open.
        Recommendation parking = fromConsultation(school, adopted.get(0), concluded.plusSeconds(3L * 86_400));
        LocalDate transferred = workingDaysAgo(5);
        move(parking, parking.signOff(staffTc, at(workingDaysAgo(6), 9)), staffTc, at(workingDaysAgo(6), 9));
        move(parking, parking.transfer(assignment(housing, List.of(transport, education), transferred, properties.handlingWorkingDays())),
                staffTc, at(transferred, 10));
        move(parking, parking.accept(housingDept, at(workingDaysAgo(4), 9)), dept, at(workingDaysAgo(4), 9));
        progress(parking, housingDept, "已会同交通运输、教育部门现场踏勘，拟在学校东侧人行道外侧划定 12 个限时接送车位。", 60,
                at(workingDaysAgo(3), 15));
        LocalDate replied = workingDaysAgo(1);
        move(parking, parking.reply(housingDept, calendar.plusWorkingDays(replied, properties.ratingWorkingDays())), dept,
                at(replied, 16));
        handling.insertReply(parking.id(), 1, housing, "B", "限时接送车位施划方案已经确定，列入下月道路维护计划实施；错峰放学由市教育局指导学校执行，"
                + "已从本学期起试行低年级提前 15 分钟放学。", dept, at(replied, 16));

        // The volunteer item: a short deadline of 15 working days, ten of them left.
        Recommendation patrol = fromConsultation(school, adopted.get(1), concluded.plusSeconds(3L * 86_400));
        LocalDate patrolTransferred = workingDaysAgo(5);
        move(patrol, patrol.signOff(staffTc, at(workingDaysAgo(6), 9)), staffTc, at(workingDaysAgo(6), 9));
        move(patrol, patrol.transfer(assignment(education, List.of(transport), patrolTransferred, 15)), staffTc,
                at(patrolTransferred, 11));
        move(patrol, patrol.accept(new Handler(0, Set.of(education)), at(workingDaysAgo(4), 10)), null, at(workingDaysAgo(4), 10));

        // A member's suggestion, overdue for six working days and supervised by the office.
        Recommendation elevator = entered("简化老旧小区加装电梯审批流程，公布各环节办理时限，由住建部门牵头实行一窗受理。",
                RecommendationSource.MEMBER_SUGGESTION, "511700", staff, at(workingDaysAgo(72), 9));
        LocalDate elevatorTransferred = workingDaysAgo(69);
        move(elevator, elevator.signOff(staff, at(workingDaysAgo(70), 9)), staff, at(workingDaysAgo(70), 9));
        move(elevator, elevator.transfer(assignment(housing, List.of(), elevatorTransferred, properties.handlingWorkingDays())),
                staff, at(elevatorTransferred, 10));
        move(elevator, elevator.accept(housingDept, at(workingDaysAgo(67), 9)), dept, at(workingDaysAgo(67), 9));
        progress(elevator, housingDept, "已梳理加装电梯审批的 9 个环节，正在与规划、市场监管部门会签一窗受理方案。", 40,
                at(workingDaysAgo(30), 14));
        elevator.escalate(EscalationLevel.OFFICE);
        store.save(elevator, at(workingDaysAgo(3), 9));
        supervision.insertNote(elevator.id(), EscalationLevel.OFFICE, "已逾期，请于本周内报送会签进展和答复时间。", staff,
                at(workingDaysAgo(3), 9));

        // A micro-consultation report, transferred a week ago and still not signed for.
        Recommendation drains = entered("将凤凰山社区雨污分流管网改造纳入明年老旧小区改造计划，雨季前完成排水沟疏浚。",
                RecommendationSource.MICRO_CONSULTATION_REPORT, "511702", staffTc, at(workingDaysAgo(7), 9));
        move(drains, drains.signOff(staffTc, at(workingDaysAgo(6), 9)), staffTc, at(workingDaysAgo(6), 9));
        LocalDate drainsTransferred = workingDaysAgo(5);
        move(drains, drains.transfer(assignment(housing, List.of(), drainsTransferred, properties.handlingWorkingDays())), staffTc,
                at(drainsTransferred, 10));

        // Closed after the people concerned sent the first reply back: the whole cycle on a public page.
        Recommendation lights = entered("为通川区东城街道无物业老旧小区的楼道加装声控照明，纳入民生实事项目。",
                RecommendationSource.MICRO_CONSULTATION_REPORT, "511702", staffTc, at(workingDaysAgo(125), 9));
        move(lights, lights.signOff(staff, at(workingDaysAgo(124), 9)), staff, at(workingDaysAgo(124), 9));
        move(lights, lights.transfer(assignment(housing, List.of(), workingDaysAgo(122), properties.handlingWorkingDays())),
                staff, at(workingDaysAgo(122), 10));
        move(lights, lights.accept(housingDept, at(workingDaysAgo(121), 9)), dept, at(workingDaysAgo(121), 9));
        progress(lights, housingDept, "已摸排无物业小区 37 个、楼道 412 个。", 30, at(workingDaysAgo(100), 10));
        move(lights, lights.reply(housingDept, workingDaysAgo(70)), dept, at(workingDaysAgo(80), 15));
        handling.insertReply(lights.id(), 1, housing, "C", "受今年资金所限，暂列入明年民生实事项目储备库。", dept, at(workingDaysAgo(80), 15));
        closeRound(lights, new OfflineRatingEntry(RatingOccasion.FORUM, workingDaysAgo(69), "东城街道办事处会议室", null, 1, 2, 9,
                "无物业小区居民代表座谈会，12 人举手表决；签到表和测评表由街道办存档。"), staff);
        progress(lights, housingDept, "经与财政部门协调，利用城市更新资金先行实施，已完成 20 个小区。", 70, at(workingDaysAgo(50), 10));
        move(lights, lights.reply(housingDept, workingDaysAgo(35)), dept, at(workingDaysAgo(45), 16));
        handling.insertReply(lights.id(), 2, housing, "A", "37 个无物业小区楼道声控照明已全部安装完成，由社区负责日常维护。", dept,
                at(workingDaysAgo(45), 16));
        closeRound(lights, new OfflineRatingEntry(RatingOccasion.RETURN_VISIT, workingDaysAgo(34), "东城街道各无物业小区", null,
                10, 3, 1, "入户回访 14 户，纸质测评表由社区存档。"), staff);
        move(lights, lights.close("群众满意，办结。", at(workingDaysAgo(30), 10)), staff, at(workingDaysAgo(30), 10));

        // A draft of the city, waiting for a leader's sign-off.
        entered("在城区新建公共充电桩时优先布局老旧小区和社区停车场，并公布建设进度。", RecommendationSource.OTHER, "511700", staff,
                clock.instant().minusSeconds(2L * 86_400));
        // Written with their histories in the past, not through the acts that count facts as they happen.
        rollups.recountDemo();
    }

    private Recommendation fromConsultation(Consultation consultation, ConsensusItem item, Instant at) {
        long id = store.insert(new RecommendationStore.NewRow(item.text(), RecommendationSource.CONSULTATION, consultation.id(),
                item.id(), consultation.topicIds().isEmpty() ? null : consultation.topicIds().getFirst(), consultation.regionCode(),
                consultation.openToPublic(), null, at)).orElseThrow();
        Recommendation recommendation = store.find(id).orElseThrow();
        history.record(id, new Transition(null, recommendation.status(), recommendation.source().name()), null, at, 1);
        concerned.enrolRaters(recommendation);
        return recommendation;
    }

    private Recommendation entered(String text, RecommendationSource source, String region, long by, Instant at) {
        long id = store.insert(new RecommendationStore.NewRow(text, source, null, null, null, region, true, by, at)).orElseThrow();
        Recommendation recommendation = store.find(id).orElseThrow();
        history.record(id, new Transition(null, recommendation.status(), source.name()), by, at, 1);
        return recommendation;
    }

    private void move(Recommendation recommendation, @Nullable Transition transition, @Nullable Long actor, Instant at) {
        store.save(recommendation, at);
        if (transition != null) {
            history.record(recommendation.id(), transition, actor, at, recommendation.handlingRound());
        }
    }

    private void progress(Recommendation recommendation, Handler by, String text, int percent, Instant at) {
        move(recommendation, recommendation.reportProgress(by, percent), by.accountId(), at);
        handling.insertProgress(recommendation.id(), recommendation.handlingRound(), by.organizationIds().iterator().next(), text,
                percent, by.accountId(), at);
    }

    /**
     * A rating round collected offline, entered by staff through the offline path and counted by the
     * rule from what is stored; UNSATISFIED sends it back with a new deadline.
     */
    private void closeRound(Recommendation recommendation, OfflineRatingEntry collected, long staff) {
        offline.enter(recommendation.id(), collected, null, actors.of(staff));
        int round = recommendation.handlingRound();
        Map<Satisfaction, Integer> counts = ratings.counts(recommendation.id(), round);
        SatisfactionResult result = properties.decide(counts.get(Satisfaction.SATISFIED),
                counts.get(Satisfaction.BASICALLY_SATISFIED), counts.get(Satisfaction.UNSATISFIED));
        LocalDate day = collected.heldOn() == null ? workingDaysAgo(0) : collected.heldOn();
        Instant at = at(day, 17);
        move(recommendation, recommendation.closeRating(result, calendar.plusWorkingDays(day, properties.rehandlingWorkingDays())),
                staff, at);
        ratings.saveRound(recommendation.id(), new RatingRound(round, result, counts.get(Satisfaction.SATISFIED),
                counts.get(Satisfaction.BASICALLY_SATISFIED), counts.get(Satisfaction.UNSATISFIED), staff, at));
    }

    private Assignment assignment(long lead, List<Long> coHandlers, LocalDate day, int workingDays) {
        return new Assignment(lead, coHandlers, day, workingDays, calendar.plusWorkingDays(day, workingDays),
                calendar.plusWorkingDays(day, properties.signWorkingDays()),
                calendar.plusWorkingDays(day, properties.disputeWorkingDays()),
                calendar.plusWorkingDays(day, properties.coOpinionWorkingDays()));
    }

    private LocalDate workingDaysAgo(int days) {
        return calendar.plusWorkingDays(LocalDate.now(clock.withZone(Zones.platform())), -days);
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), Zones.platform()).toInstant();
    }

    private long account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("Demo account missing: " + username)).id();
    }

    private long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).map(Organization::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + name));
    }
}
