package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongshang.identity.Role;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.member.internal.CheckInTokens;
import org.gongshang.member.internal.ShiftReminders;
import org.gongshang.notification.Inbox;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Stations over HTTP: opening one, the roster, QR check-in, swaps, bookings and reminders, with their refusals. */
@GongshangTest
class StationTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    ShiftCheckIn checkIn;

    @Autowired
    CheckInTokens tokens;

    @Autowired
    ShiftReminders reminders;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    Rosters rosters;

    @Autowired
    Inbox inbox;

    @Test
    void staffOpenAStationAndTheGeneratedRosterIsFairAndOnWorkingDaysOnly() {
        Person staffPerson = fixtures.staff(MemberFixtures.DISTRICT);
        Api.Caller staff = api.as(staffPerson);
        Api.Response opened = staff.post("/api/v1/stations", """
                {"committeeId":%d,"name":"西城街道委员工作站%d","kind":"WORK_STATION","regionCode":"511702002000",
                 "address":"西城街道便民服务中心二楼","openingHours":"每周二下午","contactName":"何联络","contactPhone":"0818-2110000",
                 "bookingsPerShift":4,"coverage":["511702002001","511702002002"]}"""
                .formatted(fixtures.committee(MemberFixtures.DISTRICT), System.nanoTime() % 100_000));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long station = opened.json().get("id").asLong();
        SignedMember[] serving = {fixtures.member(MemberFixtures.DISTRICT), fixtures.member(MemberFixtures.DISTRICT),
                fixtures.member(MemberFixtures.DISTRICT)};
        for (SignedMember member : serving) {
            assertThat(staff.post("/api/v1/stations/" + station + "/members", "{\"memberId\":" + member.member().id() + "}").status())
                    .isEqualTo(204);
        }
        assertThat(staff.put("/api/v1/stations/" + station + "/schedule", """
                {"pattern":"EVERY_N_WEEKS","weekday":2,"intervalWeeks":1,"anchorOn":"2026-01-06","startsAt":"14:30:00",
                 "endsAt":"17:30:00","membersPerShift":2}""").status()).isEqualTo(204);
        LocalDate from = LocalDate.now(Zones.platform()).plusDays(1);
        LocalDate to = from.plusWeeks(9);

        JsonNode planned = staff.post("/api/v1/stations/" + station + "/roster", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from, to)).json();

        JsonNode shifts = api.anonymous().get("/api/v1/stations/" + station + "/shifts").json();
        assertThat(planned.get("duties").asInt()).isEqualTo(planned.get("shifts").asInt() * 2);
        assertThat(shifts.valueStream()).allSatisfy(shift -> {
            LocalDate day = LocalDate.parse(shift.get("day").asString());
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(calendar.isWorkingDay(day)).isTrue();
            assertThat(shift.get("duties").size()).isEqualTo(2);
        });
        Map<Long, Long> duties = shifts.valueStream().flatMap(shift -> shift.get("duties").valueStream())
                .collect(Collectors.groupingBy(duty -> duty.get("memberId").asLong(), Collectors.counting()));
        assertThat(duties.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - duties.values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void staffOfAnotherDistrictCannotOpenAStationForTheCommittee() {
        Api.Response refused = api.as(fixtures.staff("达川区政协")).post("/api/v1/stations", """
                {"committeeId":%d,"name":"越权联络站","kind":"WORK_STATION","regionCode":"511702002000","address":"x",
                 "openingHours":"x","contactName":"x","contactPhone":"0818-2110000","bookingsPerShift":4}"""
                .formatted(fixtures.committee(MemberFixtures.DISTRICT)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.as(people.resident()).post("/api/v1/stations", "{}").status()).isEqualTo(403);
    }

    @Test
    void aMemberOnDutyChecksInWithTheStationsCodeOnce() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, member);
        long shift = fixtures.runningShift(station, member);
        String token = checkIn.token(shift, fixtures.actor(staff));
        Api.Caller caller = api.as(member.person());

        Api.Response checkedIn = caller.post("/api/v1/shifts/check-in", "{\"token\":\"" + token + "\"}");

        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.json().get("duties").get(0).get("method").asString()).isEqualTo("QR");
        assertThat(caller.post("/api/v1/shifts/check-in", "{\"token\":\"" + token + "\"}").status()).isEqualTo(409);
    }

    @Test
    void aCodeThatIsForgedExpiredOrForAnotherShiftIsRefused() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        SignedMember other = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, member, other);
        long shift = fixtures.runningShift(station, member);
        String token = checkIn.token(shift, fixtures.actor(staff));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        String expired = tokens.issue(shift, Instant.now().minus(Duration.ofMinutes(1)));

        assertThat(api.as(member.person()).post("/api/v1/shifts/check-in", "{\"token\":\"" + forged + "\"}").status()).isEqualTo(400);
        assertThat(api.as(member.person()).post("/api/v1/shifts/check-in", "{\"token\":\"" + expired + "\"}").status()).isEqualTo(409);
        assertThat(api.as(other.person()).post("/api/v1/shifts/check-in", "{\"token\":\"" + token + "\"}").status()).isEqualTo(403);
        assertThat(api.as(member.person()).post("/api/v1/shifts/check-in", "{\"token\":\"x\u0000.1.2\"}").status()).isEqualTo(400);
    }

    @Test
    void onlyTheContactOrStaffShowTheCodeOrCheckMembersIn() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, member);
        long shift = fixtures.runningShift(station, member);
        long duty = rosters.shift(shift).duties().getFirst().id();

        assertThat(api.as(member.person()).post("/api/v1/shifts/duties/" + duty + "/check-in").status()).isEqualTo(403);
        assertThat(api.as(people.resident()).post("/api/v1/shifts/duties/" + duty + "/check-in").status()).isEqualTo(403);
        assertThat(api.as(staff).post("/api/v1/shifts/duties/" + duty + "/check-in").status()).isEqualTo(204);
        assertThat(rosters.shift(shift).duties().getFirst().method()).isEqualTo(ShiftCheckInMethod.CONTACT);
    }

    @Test
    void aSwapAcceptedMovesTheDutyToTheOtherMember() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember asker = fixtures.member(MemberFixtures.DISTRICT);
        SignedMember taker = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, asker, taker);
        long shift = fixtures.futureShift(station, asker);
        long duty = rosters.shift(shift).duties().getFirst().id();
        Api.Response asked = api.as(asker.person()).post("/api/v1/shifts/duties/" + duty + "/swaps",
                "{\"toMemberId\":" + taker.member().id() + ",\"note\":\"家中有事\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        long swap = asked.json().get("id").asLong();

        assertThat(api.as(asker.person()).post("/api/v1/shifts/swaps/" + swap + "/accept").status()).isEqualTo(404);
        assertThat(api.as(taker.person()).post("/api/v1/shifts/swaps/" + swap + "/accept").status()).isEqualTo(204);

        assertThat(rosters.shift(shift).duties()).extracting(Duty::memberId).containsExactly(taker.member().id());
        assertThat(rosters.swapsAt(station)).anySatisfy(s -> assertThat(s.status()).isEqualTo(SwapStatus.ACCEPTED));
        assertThat(inbox.page(asker.person().id(), 0, 10).items()).anySatisfy(m -> assertThat(m.title()).isEqualTo("换班已同意"));
    }

    @Test
    void residentsBookUntilTheShiftIsFullAndTheMemberOnDutySeesWhoComes() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, member);
        long shift = fixtures.futureShift(station, member);
        String body = "{\"matter\":\"小区路灯坏了\"}";
        for (int i = 0; i < 6; i++) {
            assertThat(api.as(people.resident()).post("/api/v1/shifts/" + shift + "/bookings", body).status()).isEqualTo(201);
        }

        assertThat(api.as(people.resident()).post("/api/v1/shifts/" + shift + "/bookings", body).status()).isEqualTo(409);
        assertThat(api.anonymous().post("/api/v1/shifts/" + shift + "/bookings", body).status()).isEqualTo(401);
        assertThat(api.as(people.resident()).post("/api/v1/shifts/" + shift + "/bookings", "{}").status()).isEqualTo(400);
        JsonNode mine = api.as(member.person()).get("/api/v1/shifts/mine").json();
        assertThat(mine.get(0).get("bookings").asInt()).isEqualTo(6);
    }

    @Test
    void membersAreRemindedOnceOnTheWorkingDayBeforeTheirShift() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long station = fixtures.station(staff, member);
        LocalDate day = LocalDate.now(Zones.platform()).plusMonths(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(day)) {
            day = day.plusWeeks(1);
        }
        fixtures.shiftOn(station, day, member);
        LocalDate dayBefore = calendar.plusWorkingDays(day, -1);

        assertThat(reminders.run(dayBefore)).isPositive();
        assertThat(reminders.run(dayBefore)).isZero();
        assertThat(inbox.page(member.person().id(), 0, 10).items()).anySatisfy(m -> assertThat(m.title()).isEqualTo("明天值班提醒"));
    }
}
