package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Actor;
import org.gongshang.shared.Zones;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data of the member module, as the README's demo accounts find it. */
@GongshangTest
class MemberDemoTests {

    @Autowired
    Members members;

    @Autowired
    Stations stations;

    @Autowired
    Rosters rosters;

    @Autowired
    Receptions receptions;

    @Autowired
    DutyRecords records;

    @Autowired
    NoticeReading notices;

    @Autowired
    ResidenceReports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    Actors actors;

    @Test
    void theDemoMemberHasAProfileReportedToTheirCommunityAndAYearOfPoints() {
        Actor chen = actor("member");
        Member member = members.mine(chen).orElseThrow();

        assertThat(member.committeeName()).isEqualTo("达州市政协");
        assertThat(reports.openOf(member.id())).hasValueSatisfying(report -> {
            assertThat(report.communityCode()).isEqualTo("511702001002");
            assertThat(report.status()).isEqualTo(ReportStatus.CONFIRMED);
        });
        assertThat(records.summary(member, LocalDate.now(Zones.platform()).getYear()).total()).isPositive();
    }

    @Test
    void twoCommitteesHaveFortyMembersAcrossAtLeastEightSectors() {
        List<MemberListing> all = members.search(MemberSearch.ALL, actor("admin"), 500, 0);
        List<MemberListing> demo = all.stream().filter(m -> accounts.get(m.accountId()).username().startsWith("demo-member-")
                || accounts.get(m.accountId()).username().equals("member")).toList();

        assertThat(demo).hasSize(40);
        assertThat(demo.stream().map(MemberListing::sectorName).distinct().count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void threeStationsInTongchuanHaveRostersForTheComingWeeksAndPastReceptions() {
        // Other tests open stations of their own in the same database; the demo's are these.
        List<String> demo = List.of("滨河社区委员之家", "东城街道委员联络站", "西城街道委员工作站");
        List<StationListing> tongchuan = stations.active().stream()
                .filter(s -> s.regionCode().startsWith("511702") && demo.contains(s.name())).toList();
        LocalDate today = LocalDate.now(Zones.platform());

        assertThat(tongchuan).hasSize(3);
        assertThat(tongchuan).allSatisfy(station -> {
            assertThat(rosters.of(station.id(), today.plusDays(1), today.plusMonths(2))).isNotEmpty()
                    .allSatisfy(shift -> assertThat(shift.duties()).isNotEmpty());
            assertThat(receptions.matters(station.id(), 50)).isNotEmpty();
        });
        assertThat(tongchuan.stream().flatMap(s -> receptions.matters(s.id(), 50).stream()))
                .anySatisfy(matter -> assertThat(matter.outcome()).isEqualTo(ReceptionOutcome.TOPIC));
    }

    @Test
    void oneNoticeWentToAllDistrictMembersAndSomeReadIt() {
        List<MemberNotice> sent = notices.forStaff(actor("staff-tc"));

        assertThat(sent).anySatisfy(notice -> {
            assertThat(notice.audience()).isEqualTo(NoticeAudience.COMMITTEE);
            assertThat(notice.read()).isPositive().isLessThan(notice.recipients());
        });
    }

    private Actor actor(String username) {
        return actors.of(accounts.findByUsername(username).orElseThrow().id());
    }
}
