package org.gongshang.member;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.NewConsultation;
import org.gongshang.consultation.VenueType;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.member.internal.ShiftStore;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Fresh staff and members of the demo committees for the member module's full-stack tests. */
@Component
@Lazy
class MemberFixtures {

    static final String DISTRICT = "通川区政协";
    static final String CITY = "达州市政协";

    /** A member who can sign in, with the profile staff registered. */
    record SignedMember(Person person, Member member) {
    }

    private final People people;
    private final MemberRegistration registration;
    private final Organizations organizations;
    private final Actors actors;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Consultations consultations;
    private final StationMaintenance stations;
    private final ShiftStore shifts;

    MemberFixtures(People people, MemberRegistration registration, Organizations organizations, Actors actors,
            TopicSubmissions submissions, Screenings screenings, Consultations consultations, StationMaintenance stations,
            ShiftStore shifts) {
        this.people = people;
        this.registration = registration;
        this.organizations = organizations;
        this.actors = actors;
        this.submissions = submissions;
        this.screenings = screenings;
        this.consultations = consultations;
        this.stations = stations;
        this.shifts = shifts;
    }

    Person staff(String committee) {
        return people.withRole(Role.STAFF, committee);
    }

    long committee(String name) {
        return organizations.list(OrganizationType.CPPCC, null).stream().filter(o -> o.name().equals(name))
                .map(Organization::id).findFirst().orElseThrow();
    }

    Actor actor(Person person) {
        return actors.of(person.id());
    }

    /** A new member of the committee, registered by a new staff member of it, with the sector given. */
    SignedMember member(String committee, String sector) {
        Person person = people.withRole(Role.MEMBER, committee);
        Member member = registration.register(new NewMember(person.username(), null, null, null, null,
                details(committee(committee), sector)), actor(staff(committee))).member();
        return new SignedMember(person, member);
    }

    SignedMember member(String committee) {
        return member(committee, "教育界");
    }

    /** A topic of the demo community, accepted by district staff: what a consultation takes up. */
    long acceptedTopic() {
        Person resident = people.resident();
        long id = submissions.submit(new NewTopic("委员模块测试议题：小区停车" + System.nanoTime() % 100_000, "小区停车位不够，车辆乱停堵塞消防通道，希望协商解决。",
                TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null, null), actor(resident)).id();
        screenings.decide(id, new ScreeningDecision(Decision.ACCEPT, null, null, null), actor(staff(DISTRICT)));
        return id;
    }

    /** A grassroots consultation of a community's committee, organised by a new cadre of it, not yet scheduled. */
    Consultation grassrootsConsultation(String committeeName, Person cadre) {
        long organization = organizations.list(null, null).stream().filter(o -> o.name().equals(committeeName))
                .findFirst().orElseThrow().id();
        return consultations.create(new NewConsultation("楼道堆物清理", List.of(acceptedTopic()), organization, List.of(),
                ConsultationKind.GRASSROOTS, ConsultationForm.OFFLINE, VenueType.COMMUNITY_HALL, "社区议事厅",
                Instant.now().plus(Duration.ofDays(20)), null, true, null), actor(cadre));
    }

    /** A station of the district committee in 东城街道 with the members serving there, opened by new staff. */
    long station(Person staff, SignedMember... serving) {
        long id = stations.open(new StationDetails(committee(DISTRICT), "测试联络站" + System.nanoTime(), StationKind.LIAISON_STATION,
                "511702001000", "东城街道办事处一楼", "每周二下午", "联络员", "0818-2100000", null, null, 6, List.of()), actor(staff));
        for (SignedMember member : serving) {
            stations.addMember(id, member.member().id(), actor(staff));
        }
        return id;
    }

    /** A shift at the station running now (it began ten minutes ago), with the members on duty. */
    long runningShift(long stationId, SignedMember... onDuty) {
        Instant now = Instant.now();
        long shift = shifts.shift(stationId, LocalDate.now(Zones.platform()), now.minus(Duration.ofMinutes(10)),
                now.plus(Duration.ofHours(3)));
        for (SignedMember member : onDuty) {
            shifts.addDuty(shift, member.member().id());
        }
        return shift;
    }

    /** A shift at the station a week from now, with the members on duty. */
    long futureShift(long stationId, SignedMember... onDuty) {
        return shiftOn(stationId, LocalDate.now(Zones.platform()).plusWeeks(1), onDuty);
    }

    long shiftOn(long stationId, LocalDate day, SignedMember... onDuty) {
        Instant starts = day.atTime(14, 30).atZone(Zones.platform()).toInstant();
        long shift = shifts.shift(stationId, day, starts, starts.plus(Duration.ofHours(3)));
        for (SignedMember member : onDuty) {
            shifts.addDuty(shift, member.member().id());
        }
        return shift;
    }

    static MemberDetails details(long committeeId, String sector) {
        return new MemberDetails(committeeId, "第五届", 2022, 2027, sector, null, MemberPosition.ORDINARY, "达州市第一中学",
                "教师", List.of("教育"));
    }
}
