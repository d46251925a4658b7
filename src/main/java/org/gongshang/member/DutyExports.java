package org.gongshang.member;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongshang.identity.Actor;
import org.gongshang.member.DutyRecords.RankingQuery;
import org.gongshang.member.internal.DutyArchiveDocument;
import org.gongshang.member.internal.DutyArchiveDocument.Section;
import org.gongshang.member.internal.DutyWorkbook;
import org.gongshang.member.internal.DutyWorkbook.Extra;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Organization;
import org.gongshang.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The year's list of a committee's members as Excel, and a member's duty archive (履职档案) as
 * Word, in the reader's language, for staff of the committee's region (and the member's own archive).
 */
@Service
public class DutyExports {

    private final DutyRecords records;
    private final Members members;
    private final MemberAccess access;
    private final JdbcClient jdbc;
    private final Messages messages;

    DutyExports(DutyRecords records, Members members, MemberAccess access, JdbcClient jdbc, Messages messages) {
        this.records = records;
        this.members = members;
        this.access = access;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** For staff of the committee's region: NOT_FOUND for an unknown committee, FORBIDDEN outside the region. */
    public byte[] year(long committeeId, int year, Actor actor) {
        Organization committee = access.requireStaffOf(actor, committeeId);
        RankingQuery query = new RankingQuery(committeeId, year, null, null, 0, Integer.MAX_VALUE);
        List<RankingRow> rows = records.ranking(query);
        Map<Long, Map<DutyActivity, Integer>> counts = new HashMap<>();
        jdbc.sql("select member_id, activity, records from member_duty_tally where committee_id = :committee and year = :year")
                .param("committee", committeeId).param("year", year)
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong("member_id"), id -> new EnumMap<>(DutyActivity.class))
                            .put(DutyActivity.valueOf(rs.getString("activity")), rs.getInt("records"));
                });
        Map<Long, String> missing = records.belowMinimum(committeeId, year).stream().collect(Collectors.groupingBy(
                BelowMinimum::memberId, Collectors.mapping(b -> messages.get("member.export.missing",
                        activity(b.activity()), b.records(), b.minimum()), Collectors.joining("；"))));
        Map<Long, Extra> extras = new HashMap<>();
        rows.forEach(row -> extras.put(row.memberId(), new Extra(counts.getOrDefault(row.memberId(), Map.of()),
                missing.getOrDefault(row.memberId(), ""))));
        List<DutyActivity> activities = Arrays.asList(DutyActivity.values());
        List<String> headers = new ArrayList<>(List.of(messages.get("member.ranking.rank"), messages.get("member.name"),
                messages.get("member.sector")));
        activities.forEach(activity -> headers.add(activity(activity)));
        headers.add(messages.get("member.points"));
        headers.add(messages.get("member.export.missing-header"));
        return DutyWorkbook.write(messages.get("member.export.title", committee.name(), year), headers, activities, rows, extras);
    }

    /** For the member and staff of the region; NOT_FOUND for anyone else. */
    public byte[] archive(long memberId, int year, Actor actor) {
        Member member = members.get(memberId, actor);
        DutySummary summary = records.summary(member, year);
        List<List<String>> facts = List.of(List.of(messages.get("member.committee"), member.committeeName()),
                List.of(messages.get("member.sector"), member.sectorName()),
                List.of(messages.get("member.term"), member.term() + "（" + member.termStartYear() + "—" + member.termEndYear() + "）"),
                List.of(messages.get("member.position"), messages.get("member.position." + member.position().name())),
                List.of(messages.get("member.points"), String.valueOf(summary.total())));
        List<List<String>> points = new ArrayList<>();
        points.add(List.of(messages.get("member.activity"), messages.get("member.records"), messages.get("member.points")));
        summary.lines().forEach(line -> points.add(List.of(activity(line.activity()), String.valueOf(line.records()),
                String.valueOf(line.points()))));
        List<List<String>> list = new ArrayList<>();
        list.add(List.of(messages.get("member.duty.day-label"), messages.get("member.activity"), messages.get("member.duty.title-label"),
                messages.get("member.points")));
        records.ofMember(memberId, year).stream().filter(r -> r.status() == DutyStatus.COUNTED)
                .forEach(r -> list.add(List.of(r.occurredOn().toString(), activity(r.activity()), r.title(), String.valueOf(r.points()))));
        return DutyArchiveDocument.write(messages.get("member.archive.title", member.name(), year), facts,
                List.of(new Section(messages.get("member.archive.points"), points), new Section(messages.get("member.archive.records"), list)));
    }

    private String activity(DutyActivity activity) {
        return messages.get("member.activity." + activity.name());
    }
}
