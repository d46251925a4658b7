package org.gongshang.member.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.Role;
import org.gongshang.member.MemberDetails;
import org.gongshang.member.MemberPosition;
import org.gongshang.member.ReceptionSchedule;
import org.gongshang.member.RosterPlanning;
import org.gongshang.member.SchedulePattern;
import org.gongshang.member.SectorMaintenance;
import org.gongshang.member.StationDetails;
import org.gongshang.member.StationKind;
import org.gongshang.member.StationMaintenance;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * The members of the demo: 达州市政协 and 通川区政协 with forty members across their sectors (the demo
 * account {@code member}, 陈委员, among them), residence reports (one waiting for the demo cadre),
 * assignments and grids, three stations in 通川区 with reception schedules and rosters for the coming
 * two months. What they did is {@link DemoMemberActivity}.
 */
@Component
class DemoMembers implements DemoSeeder {

    /** Name, committee (C city, D district), sector, position, work unit, expertise, residence community. */
    static final String[][] MEMBERS = {
            {"刘建华", "C", "中国民主同盟", "STANDING", "达州市第一中学", "教育", "511702001001"},
            {"王秀英", "C", "医药卫生界", "ORDINARY", "达州市中心医院", "医疗、养老", "511702001002"},
            {"张国强", "C", "经济界", "ORDINARY", "达州市工商联", "营商环境", "511702002001"},
            {"李红梅", "C", "教育界", "ORDINARY", "达州职业技术学院", "职业教育", "511702002002"},
            {"赵志刚", "C", "农业界", "STANDING", "市农业科学研究院", "农业技术、乡村振兴", "511702101201"},
            {"周丽娟", "C", "社会福利和社会保障界", "ORDINARY", "市慈善总会", "养老、残疾人服务", "511702101001"},
            {"吴建国", "C", "科学技术界", "ORDINARY", "四川文理学院", "信息化", "511703001001"},
            {"郑晓燕", "C", "文化艺术界", "ORDINARY", "市文化馆", "群众文化", "511703001002"},
            {"孙立新", "C", "中国民主建国会", "VICE_CHAIR", "达州市商会", "民营经济", "511703002001"},
            {"胡文静", "C", "新闻出版界", "ORDINARY", "达州日报社", "舆情、传播", "511703002002"},
            {"朱永康", "C", "中国农工民主党", "ORDINARY", "达州市妇幼保健院", "公共卫生", "511702001001"},
            {"高志华", "C", "无党派人士", "ORDINARY", "市城乡规划设计院", "城市规划、交通", "511702001002"},
            {"林晓红", "C", "中华全国妇女联合会", "ORDINARY", "市妇联", "妇女儿童权益", "511702002001"},
            {"何建军", "C", "社会科学界", "ORDINARY", "市委党校", "基层治理", "511702002002"},
            {"罗美玲", "C", "体育界", "ORDINARY", "市体育中心", "全民健身", "511703101001"},
            {"马俊", "C", "中国共产主义青年团", "ORDINARY", "团市委", "青年就业", "511703101201"},
            {"梁志强", "C", "少数民族界", "ORDINARY", "市民族宗教事务局", "民族团结", "511702101001"},
            {"宋雅琴", "C", "中国民主促进会", "ORDINARY", "达州市实验小学", "基础教育", "511702001001"},
            {"唐国平", "C", "九三学社", "ORDINARY", "市环境监测站", "生态环保", "511702002001"},
            {"许文华", "D", "中国民主同盟", "STANDING", "通川区第一小学", "教育", "511702001001"},
            {"韩立军", "D", "经济界", "ORDINARY", "通川区个体劳动者协会", "小微企业", "511702001002"},
            {"冯淑芬", "D", "医药卫生界", "ORDINARY", "通川区人民医院", "社区医疗", "511702002001"},
            {"邓志明", "D", "农业界", "ORDINARY", "磐石镇农业服务中心", "种植、水利", "511702101201"},
            {"曹丽萍", "D", "社会福利和社会保障界", "ORDINARY", "东城街道社会工作服务中心", "社区服务", "511702001001"},
            {"彭建设", "D", "无党派人士", "ORDINARY", "通川区建筑设计院", "老旧小区改造", "511702002002"},
            {"曾晓梅", "D", "教育界", "ORDINARY", "通川区第八中学", "青少年", "511702002001"},
            {"萧国庆", "D", "中国农工民主党", "ORDINARY", "西城街道社区卫生服务中心", "公共卫生", "511702002002"},
            {"田志远", "D", "科学技术界", "ORDINARY", "通川区科技局", "数字乡村", "511702101001"},
            {"董红霞", "D", "中华全国妇女联合会", "ORDINARY", "通川区妇联", "家庭教育", "511702001002"},
            {"袁明辉", "D", "中国民主建国会", "VICE_CHAIR", "通川区工商联", "营商环境", "511702001001"},
            {"潘立华", "D", "文化艺术界", "ORDINARY", "通川区文化馆", "非遗保护", "511702002001"},
            {"蒋春燕", "D", "社会科学界", "ORDINARY", "通川区委党校", "社区治理", "511702002002"},
            {"蔡国华", "D", "中国民主促进会", "ORDINARY", "通川区实验幼儿园", "学前教育", "511702101201"},
            {"余志勇", "D", "体育界", "ORDINARY", "通川区体育馆", "全民健身", "511702001002"},
            {"杜丽君", "D", "新闻出版界", "ORDINARY", "通川区融媒体中心", "传播", "511702002001"},
            {"叶建明", "D", "九三学社", "ORDINARY", "通川区生态环境局", "河长制", "511702101001"},
            {"程晓东", "D", "中国共产主义青年团", "ORDINARY", "团通川区委", "青年志愿者", "511702001001"},
            {"魏红英", "D", "少数民族界", "ORDINARY", "通川区民宗局", "民族团结", "511702002002"},
            {"苏建平", "D", "经济界", "STANDING", "通川区农商银行", "普惠金融", "511702001002"},
    };

    private final AccountOpening opening;
    private final Accounts accounts;
    private final Actors actors;
    private final Organizations organizations;
    private final SectorMaintenance sectors;
    private final SectorRepository sectorRepository;
    private final MemberRepository members;
    private final ResidenceReportRepository reports;
    private final AssignmentRepository assignments;
    private final GridStore grids;
    private final StationMaintenance stations;
    private final RosterPlanning rosters;
    private final Clock clock;

    DemoMembers(AccountOpening opening, Accounts accounts, Actors actors, Organizations organizations, SectorMaintenance sectors,
            SectorRepository sectorRepository, MemberRepository members, ResidenceReportRepository reports,
            AssignmentRepository assignments, GridStore grids, StationMaintenance stations, RosterPlanning rosters, Clock clock) {
        this.opening = opening;
        this.accounts = accounts;
        this.actors = actors;
        this.organizations = organizations;
        this.sectors = sectors;
        this.sectorRepository = sectorRepository;
        this.members = members;
        this.reports = reports;
        this.assignments = assignments;
        this.grids = grids;
        this.stations = stations;
        this.rosters = rosters;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.MEMBERS;
    }

    @Override
    public void seed() {
        Actor admin = actor("admin");
        Organization city = committee("达州市政协");
        Organization district = committee("通川区政协");
        sectors.ensureSeeded(city.id());
        sectors.ensureSeeded(district.id());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        Actor cadre = actor("cadre");
        MemberAggregate chen = profile(accounts.findByUsername("member").orElseThrow(), city, "教育界", MemberPosition.STANDING,
                "达州市教育科学研究所", List.of("教育", "课后服务"));
        confirm(chen, "511702001002", now, cadre);
        grids.add(chen.requireId(), "511702001002001", admin.accountId(), now);
        List<MemberAggregate> districtMembers = new ArrayList<>();
        List<MemberAggregate> cityMembers = new ArrayList<>(List.of(chen));
        for (int i = 0; i < MEMBERS.length; i++) {
            String[] row = MEMBERS[i];
            Organization committee = row[1].equals("C") ? city : district;
            AccountView account = opening.openDemo(new NewAccount("demo-member-" + (i + 1), row[0], "1390000" + String.format("%04d", 101 + i),
                    null, null, Role.MEMBER, committee.id(), null), admin);
            MemberAggregate member = profile(account, committee, row[2], MemberPosition.valueOf(row[3]), row[4],
                    MemberDetails.tags(row[5]));
            (committee == city ? cityMembers : districtMembers).add(member);
            if (i % 7 == 3) {
                reports.save(ResidenceReportAggregate.report(member.requireId(), row[6], now));
            } else if (i % 5 != 4) {
                confirm(member, row[6], now, cadre);
            }
        }
        assignments.save(AssignmentAggregate.assign(districtMembers.get(3).requireId(), "511702101201", today.minusMonths(2),
                today.plusMonths(10), "乡村振兴联系点", admin.accountId(), List.of()));
        assignments.save(AssignmentAggregate.assign(cityMembers.get(5).requireId(), "511702101001", today.minusMonths(1),
                today.plusMonths(11), "老旧小区改造联系点", admin.accountId(), List.of()));
        grids.add(districtMembers.get(0).requireId(), "511702001001001", admin.accountId(), now);
        Actor staffCity = actor("staff");
        Actor staffDistrict = actor("staff-tc");
        long home = station(city, "滨河社区委员之家", StationKind.MEMBERS_HOME, "511702001002", List.of("511702001002"),
                cityMembers.subList(0, 6), staffCity, "staff", 2);
        long east = station(district, "东城街道委员联络站", StationKind.LIAISON_STATION, "511702001000",
                List.of("511702001000"), districtMembers.subList(0, 8), staffDistrict, "staff-tc", 4);
        long west = station(district, "西城街道委员工作站", StationKind.WORK_STATION, "511702002000",
                List.of("511702002000"), districtMembers.subList(8, 16), staffDistrict, "staff-tc", 3);
        LocalDate from = today.plusDays(1);
        rosters.generate(home, from, from.plusMonths(2), staffCity);
        rosters.generate(east, from, from.plusMonths(2), staffDistrict);
        rosters.generate(west, from, from.plusMonths(2), staffDistrict);
    }

    private MemberAggregate profile(AccountView account, Organization committee, String sector, MemberPosition position,
            String workUnit, List<String> expertise) {
        long sectorId = sectorRepository.findByCommitteeIdAndName(committee.id(), sector).orElseThrow().view().id();
        return members.save(MemberAggregate.register(account.id(), account.realName(), committee.id(), committee.regionCode(),
                new MemberDetails(committee.id(), committee.regionCode().equals("511700") ? "第五届" : "第九届", 2022, 2027, sector, null,
                        position, workUnit, null, expertise), sectorId, List.of()));
    }

    private void confirm(MemberAggregate member, String community, Instant at, Actor cadre) {
        reports.save(ResidenceReportAggregate.report(member.requireId(), community, at.minusSeconds(86_400 * 30))
                .confirmed(cadre.accountId(), at.minusSeconds(86_400 * 29)));
    }

    private long station(Organization committee, String name, StationKind kind, String region, List<String> coverage,
            List<MemberAggregate> serving, Actor staff, String contact, int weekday) {
        long id = stations.open(new StationDetails(committee.id(), name, kind, region, "滨河路" + (weekday * 12) + "号一楼",
                "每周" + "一二三四五".charAt(weekday - 1) + "下午 14:30—17:30", "何联络", "0818-21000" + weekday, contact, 
                "政协委员定期在这里接待群众，听取意见建议，把群众关心的事带到协商中去。", 6, coverage), staff);
        serving.forEach(member -> stations.addMember(id, member.requireId(), staff));
        stations.setSchedule(id, new ReceptionSchedule(SchedulePattern.EVERY_N_WEEKS, weekday, 1, 1,
                LocalDate.now(clock.withZone(Zones.platform())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                LocalTime.of(14, 30), LocalTime.of(17, 30), 2), staff);
        return id;
    }

    private Organization committee(String name) {
        return organizations.list(OrganizationType.CPPCC, null).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private Actor actor(String username) {
        return actors.of(accounts.findByUsername(username).orElseThrow().id());
    }
}
