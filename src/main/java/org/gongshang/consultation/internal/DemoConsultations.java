package org.gongshang.consultation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.AgendaItemKind;
import org.gongshang.consultation.CheckInMethod;
import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Minutes;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.ParticipantStatus;
import org.gongshang.consultation.VenueType;
import org.gongshang.consultation.VoteChoice;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.gongshang.shared.demo.DemoSeeder;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Component;

/**
 * Two consultations in 通川区 with the demo accounts, on the topic module's accepted demo topics: one
 * CPPCC micro-consultation concluded a fortnight ago, with its turns, opinions, consensus votes and
 * final minutes; one joint consultation scheduled and being prepared. Participants of every category. Written through the
 * stores, so that the concluded one can lie in the past with turns of realistic length.
 */
@Component
class DemoConsultations implements DemoSeeder {

    private final ConsultationStore consultations;
    private final ParticipantStore participants;
    private final SessionStore session;
    private final OpinionStore opinions;
    private final ConsensusStore consensus;
    private final PreparationStore preparation;
    private final MinutesStore minutes;
    private final MinutesAssembler assembler;
    private final Topics topics;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Actors actors;
    private final Accounts accounts;
    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DemoConsultations(ConsultationStore consultations, ParticipantStore participants, SessionStore session,
            OpinionStore opinions, ConsensusStore consensus, PreparationStore preparation, MinutesStore minutes,
            MinutesAssembler assembler, Topics topics, TopicSubmissions submissions, Screenings screenings, Actors actors, Accounts accounts, Organizations organizations,
            WorkingDayCalendar calendar, Clock clock) {
        this.consultations = consultations;
        this.participants = participants;
        this.session = session;
        this.opinions = opinions;
        this.consensus = consensus;
        this.preparation = preparation;
        this.minutes = minutes;
        this.assembler = assembler;
        this.topics = topics;
        this.submissions = submissions;
        this.screenings = screenings;
        this.actors = actors;
        this.accounts = accounts;
        this.organizations = organizations;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.CONSULTATIONS;
    }

    /**
     * Runs after the topic and plan modules' demo data. The school-gate topic is this module's own
     * (submitted by the demo resident, accepted by district staff), since the other modules' demo
     * topics have their own stories; the market one is the topic module's, accepted and routed.
     */
    @Override
    public void seed() {
        Actor staff = actors.of(account("staff-tc"));
        TopicView gate = submissions.submit(new NewTopic("凤凰山小学门口接送车辆乱停", "每天放学时家长车辆停满学校门口两侧，"
                + "孩子只能从车缝里穿过马路，险情不断。希望划定接送车位、错峰放学。", TopicCategory.SOCIETY, "511702001001",
                List.of(), null, null, null), actors.of(account("resident")));
        screenings.decide(gate.id(), new ScreeningDecision(Decision.ACCEPT, null, "切口小、关联广，适合小微协商。", null), staff);
        long school = gate.id();
        long market = topic(topics.accepted("511702"), "西外菜市场环境卫生脏乱差");
        long concluded = concludedSchoolConsultation(school);
        topics.markConsulting(school, concluded, staff);
        topics.markConsulted(school, staff);
        long scheduled = scheduledMarketConsultation(market);
        topics.markConsulting(market, scheduled, staff);
    }

    private static long topic(List<TopicView> accepted, String title) {
        return accepted.stream().filter(t -> t.title().equals(title)).map(TopicView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo topic missing: " + title));
    }

    private long concludedSchoolConsultation(long topic) {
        long staff = account("staff-tc");
        LocalDate day = LocalDate.now(clock.withZone(Zones.platform())).minusDays(14);
        Instant start = ZonedDateTime.of(day, LocalTime.of(9, 30), Zones.platform()).toInstant();
        long id = consultations.insert(new ConsultationStore.NewRow("学校门口接送秩序怎么管", ConsultationKind.CPPCC_MICRO,
                ConsultationForm.OFFLINE, VenueType.STREET, "通川区东城街道凤凰山小学门口", start,
                organization("通川区政协"), "511702", staff, true, null, code(1), staff, List.of(topic), List.of()));
        Consultation consultation = consultations.find(id).orElseThrow()
                .moveTo(ConsultationStatus.SCHEDULED, null, start.minusSeconds(20L * 86_400))
                .moveTo(ConsultationStatus.IN_SESSION, null, start)
                .moveTo(ConsultationStatus.CONCLUDED, null, start.plusSeconds(2 * 3600));
        consultations.saveStatus(consultation);
        long[] agenda = defaultAgenda(id);

        Map<String, Long> people = new java.util.LinkedHashMap<>();
        people.put("李明", participant(id, "resident", ParticipantCategory.RESIDENT, ParticipantStatus.ACCEPTED));
        people.put("王女士", participant(id, "王女士", ParticipantCategory.RESIDENT));
        people.put("刘阿姨", participant(id, "刘阿姨", ParticipantCategory.RESIDENT));
        people.put("张师傅", participant(id, "张师傅", ParticipantCategory.STAKEHOLDER));
        people.put("陈委员", participant(id, "member", ParticipantCategory.MEMBER, ParticipantStatus.ACCEPTED));
        people.put("孙住建", participant(id, "dept", ParticipantCategory.PARTY_GOV, ParticipantStatus.ACCEPTED));
        people.put("赵社区", participant(id, "cadre", ParticipantCategory.CADRE, ParticipantStatus.ACCEPTED));
        people.put("周教授", participant(id, "周教授", ParticipantCategory.EXPERT));
        people.put("何社工", participant(id, "何社工", ParticipantCategory.SOCIAL_ORG));
        int minute = 0;
        for (long participant : people.values()) {
            var row = participants.find(participant).orElseThrow();
            participants.save(row.checkIn(CheckInMethod.MANUAL, start.minusSeconds(600 - 30L * minute++)));
        }

        Instant at = start.plusSeconds(300);
        Object[][] turns = {
                {"孙住建", agenda[0], 240, 0}, {"李明", agenda[1], 150, 0}, {"孙住建", agenda[2], 200, 0},
                {"王女士", agenda[3], 230, 1}, {"张师傅", agenda[3], 200, 0}, {"刘阿姨", agenda[3], 160, 0},
                {"周教授", agenda[3], 180, 0}, {"陈委员", agenda[3], 170, 0}, {"赵社区", agenda[3], 120, 0},
                {"何社工", agenda[3], 90, 0}};
        for (Object[] turn : turns) {
            var speaker = participants.find(people.get((String) turn[0])).orElseThrow();
            long turnId = session.insertTurn(id, speaker.id(), speaker.name(), speaker.category(), (Long) turn[1], at, 180);
            var recorded = session.turn(turnId).orElseThrow();
            if ((Integer) turn[3] > 0) {
                recorded = recorded.extend(1, 2);
            }
            session.saveTurn(recorded.end(at.plusSeconds((Integer) turn[2])));
            at = at.plusSeconds((Integer) turn[2] + 30);
        }

        Object[][] said = {
                {agenda[3], "王女士", "放学时家长车辆停满两侧，孩子只能从车缝里穿过去，建议划定限时接送车位。"},
                {agenda[3], "张师傅", "门口商户愿意配合，但希望接送车位不要长期占用店门前的装卸位置。"},
                {agenda[3], "周教授", "低年级和高年级错开 15 分钟放学，高峰车流可以减少三成左右。"},
                {agenda[3], "陈委员", "建议交警和学校共同设置护学岗，由志愿者协会组织家长轮值。"},
                {agenda[1], "李明", "学校门口的人行横道什么时候能加装信号灯？"}};
        long recorder = staff;
        for (Object[] opinion : said) {
            var speaker = participants.find(people.get((String) opinion[1])).orElseThrow();
            opinions.insert(id, (Long) opinion[0], speaker.id(), speaker.name(), speaker.category(), (String) opinion[2], false,
                    recorder, at);
        }

        decide(id, agenda[4], "在学校东西两侧划定上下学时段限时接送车位，低年级与高年级错峰 15 分钟放学。", people,
                Map.of("李明", VoteChoice.AGREE, "王女士", VoteChoice.AGREE, "刘阿姨", VoteChoice.AGREE,
                        "张师傅", VoteChoice.AGREE, "陈委员", VoteChoice.AGREE, "孙住建", VoteChoice.ABSTAIN,
                        "赵社区", VoteChoice.AGREE, "何社工", VoteChoice.AGREE), at);
        decide(id, agenda[4], "设立家长志愿者护学岗，由达州市志愿者协会培训，交警上下学时段到岗指导。", people,
                Map.of("李明", VoteChoice.AGREE, "王女士", VoteChoice.AGREE, "刘阿姨", VoteChoice.AGREE,
                        "张师傅", VoteChoice.DISAGREE, "陈委员", VoteChoice.AGREE, "孙住建", VoteChoice.AGREE,
                        "赵社区", VoteChoice.AGREE, "何社工", VoteChoice.ABSTAIN), at);

        Consultation concluded = consultations.find(id).orElseThrow();
        LocalDate due = calendar.plusWorkingDays(day, 7);
        long minutesId = assembler.firstDraft(concluded, due);
        Minutes draft = minutes.find(minutesId).orElseThrow();
        minutes.save(draft.finalise(start.plusSeconds(3L * 86_400)), staff);
        return id;
    }

    /** A joint consultation (联合协商) of the district CPPCC and the street office on a topic routed to the street. */
    private long scheduledMarketConsultation(long topic) {
        long staff = account("staff-tc");
        LocalDate day = LocalDate.now(clock.withZone(Zones.platform())).plusDays(20);
        Instant start = ZonedDateTime.of(day, LocalTime.of(15, 0), Zones.platform()).toInstant();
        long id = consultations.insert(new ConsultationStore.NewRow("西外菜市场环境怎么管", ConsultationKind.JOINT,
                ConsultationForm.HYBRID, VenueType.CONSTRUCTION_SITE, "通川区西城街道西外菜市场（改造工地）", start,
                organization("通川区政协"), "511702", account("member"), true, null, code(2), staff, List.of(topic),
                List.of(organization("西城街道办事处"))));
        consultations.saveStatus(consultations.find(id).orElseThrow()
                .moveTo(ConsultationStatus.SCHEDULED, null, clock.instant().minusSeconds(86_400)));
        defaultAgenda(id);
        participant(id, "resident", ParticipantCategory.RESIDENT, ParticipantStatus.INVITED);
        participant(id, "member", ParticipantCategory.MEMBER, ParticipantStatus.ACCEPTED);
        participant(id, "dept", ParticipantCategory.PARTY_GOV, ParticipantStatus.ACCEPTED);
        participant(id, "cadre", ParticipantCategory.CADRE, ParticipantStatus.ACCEPTED);
        participant(id, "王大爷", ParticipantCategory.RESIDENT);
        participant(id, "摊主周阿姨", ParticipantCategory.STAKEHOLDER);
        participant(id, "市场管理方代表", ParticipantCategory.STAKEHOLDER);
        participant(id, "环卫所李工", ParticipantCategory.EXPERT);
        participant(id, "达州市志愿者协会代表", ParticipantCategory.SOCIAL_ORG);
        preparation.insertMaterial(id, "菜市场现状", "西外菜市场有摊位 126 个，日均客流约 3000 人次；排水沟渠老化，垃圾每日清运一次。",
                staff, clock.instant().minusSeconds(2L * 86_400));
        preparation.insertResearchTask(id, "走访摊主和周边住户，了解排水和垃圾清运的问题",
                calendar.plusWorkingDays(LocalDate.now(clock.withZone(Zones.platform())), 5), List.of(account("member")));
        preparation.savePlan(id, "明确市场管理方的保洁责任，形成排水改造和垃圾清运的协商意见。",
                "一、走访摊主和住户；二、发布知情材料；三、在市场现场召开协商会；四、形成协商意见并交办。", staff, clock.instant());
        preparation.insertPlanTask(id, "联系西城街道办事处确定现场协商位置", account("staff-tc"), "王通川", day.minusDays(3));
        return id;
    }

    private void decide(long id, long agendaItem, String text, Map<String, Long> people, Map<String, VoteChoice> votes, Instant at) {
        long item = consensus.insert(id, agendaItem, text);
        consensus.save(consensus.find(item).orElseThrow().openVoting());
        votes.forEach((name, choice) -> consensus.vote(item, people.get(name), choice));
        Map<VoteChoice, Integer> counts = consensus.counts(item);
        ConsensusItem decided = consensus.find(item).orElseThrow().decide(counts.get(VoteChoice.AGREE),
                counts.get(VoteChoice.DISAGREE), counts.get(VoteChoice.ABSTAIN), 0.5, at);
        consensus.save(decided);
    }

    private long[] defaultAgenda(long id) {
        AgendaItemKind[] kinds = {AgendaItemKind.BRIEFING, AgendaItemKind.QUESTIONS, AgendaItemKind.ANSWERS,
                AgendaItemKind.DISCUSSION, AgendaItemKind.CONSENSUS};
        long[] ids = new long[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            ids[i] = session.insertAgendaItem(id, i + 1, kinds[i], "");
        }
        return ids;
    }

    /** A demo account on the roster, or (for a name that is no login) someone without an account. */
    private long participant(long consultationId, String loginOrName, ParticipantCategory category, ParticipantStatus status) {
        AccountView account = accounts.findByUsername(loginOrName).orElseThrow();
        return participants.insert(consultationId, account.id(), account.realName(), category, status, false, null, null);
    }

    private long participant(long consultationId, String name, ParticipantCategory category) {
        return participants.insert(consultationId, null, name, category, ParticipantStatus.CONFIRMED, false, null, null);
    }

    private long account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("Demo account missing: " + username)).id();
    }

    private long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).map(Organization::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + name));
    }

    private static String code(int n) {
        return HexFormat.of().formatHex(("demo-check-" + n).getBytes());
    }
}
