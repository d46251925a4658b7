package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.gongshang.consultation.CheckInMethod;
import org.gongshang.consultation.ParticipantCheckedIn;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.DistrictScope;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.identity.RoleGrants;
import org.gongshang.member.internal.MemberAggregate;
import org.gongshang.member.internal.MemberRepository;
import org.gongshang.member.internal.SectorAggregate;
import org.gongshang.member.internal.SectorRepository;
import org.gongshang.notification.Notices;
import org.gongshang.outcome.Recommendations;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.support.ModuleTest;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The member module alone, on its own database, with the modules it uses mocked: duty records
 * from other modules' events (each source once) and their points under changing rules.
 */
@ModuleTest
class MemberModuleTests {

    static final AtomicLong IDS = new AtomicLong(900_000);
    static final Actor STAFF = new Actor(1, "工作人员", List.of(new RoleGrant(1, Role.STAFF, 1L, "511702")), null);

    @MockitoBean
    Actors actors;
    @MockitoBean
    DistrictScope districts;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    AccountOpening opening;
    @MockitoBean
    RoleGrants grants;
    @MockitoBean
    Regions regions;
    @MockitoBean
    Organizations organizations;
    @MockitoBean
    Notices notices;
    @MockitoBean
    TopicSubmissions submissions;
    @MockitoBean
    Topics topics;
    @MockitoBean
    Recommendations recommendations;
    @MockitoBean
    Deliberations deliberations;

    @Autowired
    MemberRepository members;
    @Autowired
    SectorRepository sectors;
    @Autowired
    DutyRecords records;
    @Autowired
    DutyRecording recording;
    @Autowired
    PointRuleChange ruleChange;

    long committee;

    @BeforeEach
    void committee() {
        committee = IDS.incrementAndGet();
        when(organizations.find(committee)).thenReturn(Optional.of(new Organization(committee, "测试政协", OrganizationType.CPPCC,
                "511702", null, true)));
    }

    @Test
    void aMemberCheckedInAtAConsultationIsCountedOnceHoweverOftenTheEventArrives(Scenario scenario) {
        MemberAggregate member = member();
        Instant at = Instant.now();
        ParticipantCheckedIn checkedIn = new ParticipantCheckedIn(IDS.incrementAndGet(), "背街小巷停车难", member.accountId(),
                ParticipantCategory.MEMBER, CheckInMethod.QR, at);
        scenario.publish(checkedIn)
                .andWaitForStateChange(() -> records.ofMember(member.requireId(), year()).size(), size -> size == 1);

        ParticipantCheckedIn another = new ParticipantCheckedIn(IDS.incrementAndGet(), "楼道堆物清理", member.accountId(),
                ParticipantCategory.MEMBER, CheckInMethod.MANUAL, at);
        scenario.publish(checkedIn);
        scenario.publish(another)
                .andWaitForStateChange(() -> records.ofMember(member.requireId(), year()).size(), size -> size == 2)
                .andVerify(size -> assertThat(records.ofMember(member.requireId(), year()))
                        .extracting(DutyRecord::activity).containsOnly(DutyActivity.CONSULTATION_ATTENDED));
    }

    @Test
    void aReceptionRecordedCountsAsAReception(Scenario scenario) {
        MemberAggregate member = member();
        scenario.publish(new ReceptionRecorded(member.requireId(), IDS.incrementAndGet(), "测试联络站", LocalDate.now(Zones.platform())))
                .andWaitForStateChange(() -> records.ofMember(member.requireId(), year()).size(), size -> size == 1)
                .andVerify(size -> assertThat(records.ofMember(member.requireId(), year()).getFirst().activity())
                        .isEqualTo(DutyActivity.RECEPTION));
    }

    @Test
    void nothingIsCountedForAnAccountThatIsNoMemberInOffice() {
        MemberAggregate member = members.save(member().withActive(false));

        assertThat(recording.countForAccount(member.accountId(), DutyActivity.CONSULTATION_ATTENDED, LocalDate.now(Zones.platform()),
                "consultation:1:attended", "协商")).isZero();
        assertThat(recording.countForAccount(IDS.incrementAndGet(), DutyActivity.CONSULTATION_ATTENDED, LocalDate.now(Zones.platform()),
                "consultation:1:attended", "协商")).isZero();
        assertThat(records.ofMember(member.requireId(), year())).isEmpty();
    }

    @Test
    void aRuleChangeRecomputesThisYearButLeavesLastYearAsCounted() {
        MemberAggregate member = member();
        LocalDate lastYear = LocalDate.of(year() - 1, 12, 30);
        LocalDate thisYear = LocalDate.now(Zones.platform());
        recording.countForMember(member.requireId(), DutyActivity.STATION_SHIFT, lastYear, "test:last", "去年值班");
        recording.countForMember(member.requireId(), DutyActivity.STATION_SHIFT, thisYear, "test:this", "今年值班");
        Member view = new Member(member.requireId(), member.accountId(), committee, "测试政协", member.name(), member.term(),
                member.termStartYear(), member.termEndYear(), member.sectorId(), "教育界", null, member.position(), null, null,
                List.of(), ProfileVisibility.ALL, true);
        assertThat(records.summary(view, year()).total()).isEqualTo(4);

        int recomputed = ruleChange.set(committee, DutyActivity.STATION_SHIFT, thisYear.withDayOfYear(1), 9, null, 6, STAFF);

        assertThat(recomputed).isEqualTo(1);
        assertThat(records.summary(view, year()).total()).isEqualTo(9);
        assertThat(records.summary(view, year()).missing()).contains(new DutySummary.Missing(DutyActivity.STATION_SHIFT, 1, 6));
        assertThat(records.summary(view, year() - 1).total()).isEqualTo(4);
    }

    @Test
    void aRuleCannotReachIntoAPastYear() {
        assertThatThrownBy(() -> ruleChange.set(committee, DutyActivity.STATION_SHIFT,
                        LocalDate.of(year() - 1, 6, 1), 9, null, null, STAFF))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("effectiveFrom"));
    }

    private MemberAggregate member() {
        SectorAggregate sector = sectors.findByCommitteeIdAndName(committee, "教育界")
                .orElseGet(() -> sectors.save(SectorAggregate.add(committee, "教育界", 1)));
        long account = IDS.incrementAndGet();
        return members.save(MemberAggregate.register(account, "测试委员", committee, "511702",
                new MemberDetails(committee, "第五届", 2022, 2027, "教育界", null, MemberPosition.ORDINARY, null, null, List.of()),
                sector.id(), List.of()));
    }

    private static int year() {
        return LocalDate.now(Zones.platform()).getYear();
    }
}
